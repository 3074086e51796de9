"""Pay months, their inputs and the computed payslips.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-28
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

AMOUNT = sa.BigInteger


def _link(table: str) -> list:
    return [
        sa.Column("month_id", sa.Integer(), nullable=False),
        sa.Column("employee_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["month_id"], ["payroll_months.id"], name=op.f(f"fk_{table}_month_id_payroll_months")
        ),
        sa.ForeignKeyConstraint(
            ["employee_id"], ["employees.id"], name=op.f(f"fk_{table}_employee_id_employees")
        ),
        sa.UniqueConstraint("month_id", "employee_id", name=op.f(f"uq_{table}_month_id")),
    ]


def upgrade() -> None:
    op.create_table(
        "payroll_months",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("month", sa.Date(), nullable=False),
        sa.Column("status", sa.String(10), nullable=False),
        sa.Column("calculated_at", sa.DateTime(), nullable=True),
        sa.Column("approved_at", sa.DateTime(), nullable=True),
        sa.Column("approved_by", sa.String(100), nullable=True),
        sa.Column("paid_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_payroll_months")),
        sa.UniqueConstraint("month", name=op.f("uq_payroll_months_month")),
    )
    inputs = (
        "performance_pay",
        "commission",
        "workday_overtime_hours",
        "rest_day_overtime_hours",
        "holiday_overtime_hours",
        "personal_leave_days",
        "sick_leave_days",
        "other_additions",
        "other_deductions",
        "annual_bonus",
    )
    op.create_table(
        "payroll_inputs",
        sa.Column("id", sa.Integer(), nullable=False),
        *[sa.Column(name, AMOUNT(), nullable=False) for name in inputs],
        *_link("payroll_inputs"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_payroll_inputs")),
    )
    op.create_index(op.f("ix_payroll_inputs_month_id"), "payroll_inputs", ["month_id"])
    figures = (
        "gross",
        "personal_contributions",
        "income_tax",
        "annual_bonus",
        "bonus_tax",
        "net_pay",
        "tax_income",
        "tax_special_deduction",
        "tax_additional_deduction",
    )
    op.create_table(
        "payslips",
        sa.Column("id", sa.Integer(), nullable=False),
        *[sa.Column(name, AMOUNT(), nullable=False) for name in figures],
        sa.Column("detail", sa.Text(), nullable=False),
        *_link("payslips"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_payslips")),
    )
    op.create_index(op.f("ix_payslips_month_id"), "payslips", ["month_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_payslips_month_id"), table_name="payslips")
    op.drop_table("payslips")
    op.drop_index(op.f("ix_payroll_inputs_month_id"), table_name="payroll_inputs")
    op.drop_table("payroll_inputs")
    op.drop_table("payroll_months")
