"""Losses employees owe, and the instalments pay months deduct towards them.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-28
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "losses",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("employee_id", sa.Integer(), nullable=False),
        sa.Column("occurred_on", sa.Date(), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("evidence", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(100), nullable=False),
        sa.ForeignKeyConstraint(
            ["employee_id"], ["employees.id"], name=op.f("fk_losses_employee_id_employees")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_losses")),
    )
    op.create_index(op.f("ix_losses_employee_id"), "losses", ["employee_id"])
    op.create_table(
        "loss_instalments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("loss_id", sa.Integer(), nullable=False),
        sa.Column("month_id", sa.Integer(), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(
            ["loss_id"], ["losses.id"], name=op.f("fk_loss_instalments_loss_id_losses")
        ),
        sa.ForeignKeyConstraint(
            ["month_id"],
            ["payroll_months.id"],
            name=op.f("fk_loss_instalments_month_id_payroll_months"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_loss_instalments")),
        sa.UniqueConstraint("loss_id", "month_id", name=op.f("uq_loss_instalments_loss_id")),
    )
    op.create_index(op.f("ix_loss_instalments_loss_id"), "loss_instalments", ["loss_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_loss_instalments_loss_id"), table_name="loss_instalments")
    op.drop_table("loss_instalments")
    op.drop_index(op.f("ix_losses_employee_id"), table_name="losses")
    op.drop_table("losses")
