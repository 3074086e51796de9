"""Leaving: separations with their checklists, evidence notes, and the employee's leaving date.

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-28
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "evidence_notes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("employee_id", sa.Integer(), nullable=False),
        sa.Column("on_date", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(
            ["employee_id"], ["employees.id"], name=op.f("fk_evidence_notes_employee_id_employees")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_evidence_notes")),
    )
    with op.batch_alter_table("evidence_notes", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_evidence_notes_employee_id"), ["employee_id"], unique=False
        )

    op.create_table(
        "separations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("employee_id", sa.Integer(), nullable=False),
        sa.Column("ground", sa.String(length=40), nullable=False),
        sa.Column("notice_date", sa.Date(), nullable=False),
        sa.Column("last_day", sa.Date(), nullable=False),
        sa.Column("successor_id", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("average_wage", sa.BigInteger(), nullable=False),
        sa.Column("local_average_wage", sa.BigInteger(), nullable=True),
        sa.Column("leave_taken_days", sa.BigInteger(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.Column("completed_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["employee_id"], ["employees.id"], name=op.f("fk_separations_employee_id_employees")
        ),
        sa.ForeignKeyConstraint(
            ["successor_id"], ["employees.id"], name=op.f("fk_separations_successor_id_employees")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_separations")),
    )
    with op.batch_alter_table("separations", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_separations_employee_id"), ["employee_id"], unique=False
        )

    op.create_table(
        "separation_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("separation_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=100), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("required", sa.Boolean(), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("done_by", sa.String(length=100), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["separation_id"],
            ["separations.id"],
            name=op.f("fk_separation_items_separation_id_separations"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_separation_items")),
    )
    with op.batch_alter_table("separation_items", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_separation_items_separation_id"), ["separation_id"], unique=False
        )

    with op.batch_alter_table("employees", schema=None) as batch_op:
        batch_op.add_column(sa.Column("leaving_date", sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("employees", schema=None) as batch_op:
        batch_op.drop_column("leaving_date")

    with op.batch_alter_table("separation_items", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_separation_items_separation_id"))

    op.drop_table("separation_items")
    with op.batch_alter_table("separations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_separations_employee_id"))

    op.drop_table("separations")
    with op.batch_alter_table("evidence_notes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_evidence_notes_employee_id"))

    op.drop_table("evidence_notes")
