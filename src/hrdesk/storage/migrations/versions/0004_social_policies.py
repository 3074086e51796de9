"""Cities' social insurance and housing fund policies.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "social_policies",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("city", sa.String(30), nullable=False),
        sa.Column("item", sa.String(20), nullable=False),
        sa.Column("effective_from", sa.Date(), nullable=False),
        sa.Column("personal_rate", sa.BigInteger(), nullable=False),
        sa.Column("employer_rate", sa.BigInteger(), nullable=False),
        sa.Column("base_floor", sa.BigInteger(), nullable=False),
        sa.Column("base_cap", sa.BigInteger(), nullable=False),
        sa.Column("personal_fixed", sa.BigInteger(), nullable=False),
        sa.Column("rounding", sa.String(10), nullable=False),
        sa.Column("source", sa.String(200), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_social_policies")),
        sa.UniqueConstraint("city", "item", "effective_from", name=op.f("uq_social_policies_city")),
    )


def downgrade() -> None:
    op.drop_table("social_policies")
