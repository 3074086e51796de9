"""People: 邮箱 on employees, candidates, the first-month checklist, appraisals, the e-mail send
log and issued certificates.

Revision ID: 0017
Revises: 0015
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0015"
branch_labels = None
depends_on = None


def _who() -> list[sa.Column]:
    return [
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
    ]


def _employee_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["employee_id"], ["employees.id"], name=op.f(f"fk_{table}_employee_id_employees")
    )


def _index_employee(table: str) -> None:
    with op.batch_alter_table(table, schema=None) as batch_op:
        batch_op.create_index(batch_op.f(f"ix_{table}_employee_id"), ["employee_id"], unique=False)


def upgrade() -> None:
    with op.batch_alter_table("employees", schema=None) as batch_op:
        batch_op.add_column(sa.Column("email", sa.String(length=200), nullable=True))
    op.create_table(
        "candidates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=False),
        sa.Column("phone", sa.String(length=20), nullable=False),
        sa.Column("position", sa.String(length=50), nullable=False),
        sa.Column("department", sa.String(length=100), nullable=False),
        sa.Column("source", sa.String(length=50), nullable=False),
        sa.Column("stage", sa.String(length=10), nullable=False),
        sa.Column("interview_on", sa.Date(), nullable=True),
        sa.Column("expected_salary", sa.BigInteger(), nullable=True),
        sa.Column("offered_salary", sa.BigInteger(), nullable=True),
        sa.Column("start_on", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("employee_id", sa.Integer(), nullable=True),
        *_who(),
        _employee_fk("candidates"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_candidates")),
        sa.UniqueConstraint("name", "phone", name=op.f("uq_candidates_name")),
    )
    with op.batch_alter_table("candidates", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_candidates_stage"), ["stage"], unique=False)
    op.create_table(
        "onboarding_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("employee_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=20), nullable=False),
        sa.Column("title", sa.String(length=100), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("basis", sa.Text(), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("done_by", sa.String(length=100), nullable=True),
        _employee_fk("onboarding_items"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_onboarding_items")),
        sa.UniqueConstraint("employee_id", "key", name=op.f("uq_onboarding_items_employee_id")),
    )
    _index_employee("onboarding_items")
    op.create_table(
        "appraisals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("employee_id", sa.Integer(), nullable=False),
        sa.Column("period", sa.String(length=7), nullable=False),
        sa.Column("period_end", sa.Date(), nullable=False),
        sa.Column("target", sa.BigInteger(), nullable=True),
        sa.Column("actual", sa.BigInteger(), nullable=True),
        sa.Column("score", sa.BigInteger(), nullable=True),
        sa.Column("grade", sa.String(length=10), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("improvement_plan", sa.Text(), nullable=False),
        sa.Column("reviewer", sa.String(length=50), nullable=False),
        sa.Column("from_collections", sa.Boolean(), nullable=False),
        sa.Column("applied_to_month", sa.Date(), nullable=True),
        *_who(),
        _employee_fk("appraisals"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_appraisals")),
        sa.UniqueConstraint("employee_id", "period", name=op.f("uq_appraisals_employee_id")),
    )
    _index_employee("appraisals")
    op.create_table(
        "mail_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("employee_id", sa.Integer(), nullable=False),
        sa.Column("month", sa.Date(), nullable=True),
        sa.Column("reference", sa.String(length=30), nullable=False),
        sa.Column("address", sa.String(length=200), nullable=False),
        sa.Column("ok", sa.Boolean(), nullable=False),
        sa.Column("error", sa.Text(), nullable=False),
        sa.Column("sent_at", sa.DateTime(), nullable=False),
        sa.Column("sent_by", sa.String(length=100), nullable=False),
        _employee_fk("mail_log"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mail_log")),
    )
    _index_employee("mail_log")
    with op.batch_alter_table("mail_log", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_mail_log_kind"), ["kind"], unique=False)
    op.create_table(
        "certificates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=20), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("employee_id", sa.Integer(), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("issued_at", sa.DateTime(), nullable=False),
        sa.Column("issued_by", sa.String(length=100), nullable=False),
        _employee_fk("certificates"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_certificates")),
        sa.UniqueConstraint("number", name=op.f("uq_certificates_number")),
    )
    _index_employee("certificates")


def downgrade() -> None:
    for table in ("certificates", "mail_log", "appraisals", "onboarding_items"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_index(batch_op.f(f"ix_{table}_employee_id"))
            if table == "mail_log":
                batch_op.drop_index(batch_op.f("ix_mail_log_kind"))
        op.drop_table(table)
    with op.batch_alter_table("candidates", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_candidates_stage"))
    op.drop_table("candidates")
    # A plain DROP COLUMN (SQLite 3.35+): batch mode would copy employees, which other tables'
    # foreign keys point at, and SQLite refuses that while foreign keys are enforced.
    op.execute("ALTER TABLE employees DROP COLUMN email")
