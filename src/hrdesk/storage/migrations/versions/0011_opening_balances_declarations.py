"""Opening balances; declared deductions with an end month and the year they are confirmed
through; the bonus merged into wages by the employee's choice.

Existing declarations were rows "from a month on, until a later row": each becomes an item
ending the month before the next row of its kind, and a row of 0 (which only stopped the
one before it) goes. They are confirmed through the year of their start, or of the latest
pay month if later, so a company mid-year sees no lapse.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-02
"""

import datetime

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "opening_balances",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("employee_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("through_month", sa.Integer(), nullable=False),
        sa.Column("income", sa.BigInteger(), nullable=False),
        sa.Column("exempt_income", sa.BigInteger(), nullable=False),
        sa.Column("basic_deduction", sa.BigInteger(), nullable=True),
        sa.Column("special_deduction", sa.BigInteger(), nullable=False),
        sa.Column("additional_deduction", sa.BigInteger(), nullable=False),
        sa.Column("other_deduction", sa.BigInteger(), nullable=False),
        sa.Column("withheld", sa.BigInteger(), nullable=False),
        sa.Column("leave_days_taken", sa.BigInteger(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(
            ["employee_id"],
            ["employees.id"],
            name=op.f("fk_opening_balances_employee_id_employees"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_opening_balances")),
        sa.UniqueConstraint("employee_id", "year", name=op.f("uq_opening_balances_employee_id")),
    )
    with op.batch_alter_table("opening_balances", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_opening_balances_employee_id"), ["employee_id"], unique=False
        )
    with op.batch_alter_table("declared_deductions", schema=None) as batch_op:
        batch_op.add_column(sa.Column("effective_until", sa.Date(), nullable=True))
        batch_op.add_column(
            sa.Column("through_year", sa.Integer(), nullable=False, server_default="0")
        )
        batch_op.add_column(sa.Column("note", sa.Text(), nullable=False, server_default=""))
    with op.batch_alter_table("payroll_inputs", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("bonus_merged", sa.Boolean(), nullable=False, server_default=sa.false())
        )
    _declarations_as_items()


def _declarations_as_items() -> None:
    bind = op.get_bind()
    latest = bind.execute(sa.text("SELECT MAX(month) FROM payroll_months")).scalar()
    latest_year = _as_date(latest).year if latest is not None else 0
    rows = bind.execute(
        sa.text(
            "SELECT id, employee_id, kind, monthly_amount, effective_from "
            "FROM declared_deductions ORDER BY employee_id, kind, effective_from"
        )
    ).all()
    following: dict[tuple, datetime.date] = {}
    for row_id, employee_id, kind, amount, start in reversed(rows):
        start = _as_date(start)
        after = following.get((employee_id, kind))
        following[(employee_id, kind)] = start
        if not amount:
            bind.execute(sa.text("DELETE FROM declared_deductions WHERE id = :id"), {"id": row_id})
            continue
        until = None
        if after is not None:
            until = (after - datetime.timedelta(days=1)).replace(day=1)
        bind.execute(
            sa.text(
                "UPDATE declared_deductions SET effective_until = :until, through_year = :year "
                "WHERE id = :id"
            ),
            {"until": until, "year": max(start.year, latest_year), "id": row_id},
        )


def _as_date(value) -> datetime.date:
    if isinstance(value, str):
        return datetime.date.fromisoformat(value[:10])
    return value if type(value) is datetime.date else value.date()


def downgrade() -> None:
    with op.batch_alter_table("payroll_inputs", schema=None) as batch_op:
        batch_op.drop_column("bonus_merged")
    with op.batch_alter_table("declared_deductions", schema=None) as batch_op:
        batch_op.drop_column("note")
        batch_op.drop_column("through_year")
        batch_op.drop_column("effective_until")
    with op.batch_alter_table("opening_balances", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_opening_balances_employee_id"))
    op.drop_table("opening_balances")
