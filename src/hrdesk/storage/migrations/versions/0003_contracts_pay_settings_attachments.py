"""Employees' pay settings and bank card, declared deductions, contracts, attachments,
minimum wages.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("employees") as batch:
        batch.add_column(sa.Column("bank_card_cipher", sa.Text(), nullable=True))
        batch.add_column(sa.Column("bank_card_masked", sa.String(30), nullable=True))
        batch.add_column(sa.Column("bank_name", sa.String(100), nullable=True))
        batch.add_column(sa.Column("social_city", sa.String(30), nullable=True))
        batch.add_column(sa.Column("social_base", sa.BigInteger(), nullable=True))
        batch.add_column(sa.Column("housing_fund_base", sa.BigInteger(), nullable=True))
        batch.add_column(sa.Column("housing_fund_rate", sa.BigInteger(), nullable=True))
        batch.add_column(
            sa.Column("position_allowance", sa.BigInteger(), nullable=False, server_default="0")
        )
        batch.add_column(sa.Column("commission_rate", sa.BigInteger(), nullable=True))
        batch.add_column(sa.Column("collection_target", sa.BigInteger(), nullable=True))
    with op.batch_alter_table("employees") as batch:
        batch.alter_column("position_allowance", server_default=None)

    op.create_table(
        "declared_deductions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("employee_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("monthly_amount", sa.BigInteger(), nullable=False),
        sa.Column("effective_from", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(
            ["employee_id"],
            ["employees.id"],
            name=op.f("fk_declared_deductions_employee_id_employees"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_declared_deductions")),
        sa.UniqueConstraint(
            "employee_id",
            "kind",
            "effective_from",
            name=op.f("uq_declared_deductions_employee_id"),
        ),
    )
    op.create_index(
        op.f("ix_declared_deductions_employee_id"), "declared_deductions", ["employee_id"]
    )
    op.create_table(
        "contracts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("employee_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(50), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("probation_end", sa.Date(), nullable=True),
        sa.Column("probation_wage", sa.BigInteger(), nullable=True),
        sa.Column("contract_wage", sa.BigInteger(), nullable=False),
        sa.Column("signed_on", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(
            ["employee_id"], ["employees.id"], name=op.f("fk_contracts_employee_id_employees")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contracts")),
        sa.UniqueConstraint("number", name=op.f("uq_contracts_number")),
    )
    op.create_index(op.f("ix_contracts_employee_id"), "contracts", ["employee_id"])
    op.create_table(
        "attachments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("employee_id", sa.Integer(), nullable=False),
        sa.Column("contract_id", sa.Integer(), nullable=True),
        sa.Column("file_name", sa.String(255), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.Column("added_by", sa.String(100), nullable=False),
        sa.ForeignKeyConstraint(
            ["contract_id"], ["contracts.id"], name=op.f("fk_attachments_contract_id_contracts")
        ),
        sa.ForeignKeyConstraint(
            ["employee_id"], ["employees.id"], name=op.f("fk_attachments_employee_id_employees")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachments")),
        sa.UniqueConstraint("employee_id", "sha256", name=op.f("uq_attachments_employee_id")),
    )
    op.create_index(op.f("ix_attachments_employee_id"), "attachments", ["employee_id"])
    op.create_table(
        "minimum_wages",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("city", sa.String(30), nullable=False),
        sa.Column("effective_from", sa.Date(), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("excludes_personal_contributions", sa.Boolean(), nullable=False),
        sa.Column("source", sa.String(200), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_minimum_wages")),
        sa.UniqueConstraint("city", "effective_from", name=op.f("uq_minimum_wages_city")),
    )


def downgrade() -> None:
    op.drop_table("minimum_wages")
    op.drop_index(op.f("ix_attachments_employee_id"), table_name="attachments")
    op.drop_table("attachments")
    op.drop_index(op.f("ix_contracts_employee_id"), table_name="contracts")
    op.drop_table("contracts")
    op.drop_index(op.f("ix_declared_deductions_employee_id"), table_name="declared_deductions")
    op.drop_table("declared_deductions")
    with op.batch_alter_table("employees") as batch:
        for column in (
            "collection_target",
            "commission_rate",
            "position_allowance",
            "housing_fund_rate",
            "housing_fund_base",
            "social_base",
            "social_city",
            "bank_name",
            "bank_card_masked",
            "bank_card_cipher",
        ):
            batch.drop_column(column)
