"""Adjustments: corrections of approved months, landing in an open month.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-28
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "payroll_adjustments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("month_id", sa.Integer(), nullable=False),
        sa.Column("employee_id", sa.Integer(), nullable=False),
        sa.Column("corrects_month_id", sa.Integer(), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(100), nullable=False),
        sa.ForeignKeyConstraint(
            ["corrects_month_id"],
            ["payroll_months.id"],
            name=op.f("fk_payroll_adjustments_corrects_month_id_payroll_months"),
        ),
        sa.ForeignKeyConstraint(
            ["employee_id"],
            ["employees.id"],
            name=op.f("fk_payroll_adjustments_employee_id_employees"),
        ),
        sa.ForeignKeyConstraint(
            ["month_id"],
            ["payroll_months.id"],
            name=op.f("fk_payroll_adjustments_month_id_payroll_months"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_payroll_adjustments")),
    )
    op.create_index(op.f("ix_payroll_adjustments_month_id"), "payroll_adjustments", ["month_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_payroll_adjustments_month_id"), table_name="payroll_adjustments")
    op.drop_table("payroll_adjustments")
