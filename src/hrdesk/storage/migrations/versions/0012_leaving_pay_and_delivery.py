"""Leaving pay and letters' delivery: the city's average wage as policy data, a separation's
leave-pay average and agreed amount, and a letter's proof of delivery.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "average_wages",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("city", sa.String(length=30), nullable=False),
        sa.Column("effective_from", sa.Date(), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("source", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_average_wages")),
        sa.UniqueConstraint("city", "effective_from", name=op.f("uq_average_wages_city")),
    )
    with op.batch_alter_table("separations", schema=None) as batch_op:
        batch_op.add_column(sa.Column("leave_average_wage", sa.BigInteger(), nullable=True))
        batch_op.add_column(sa.Column("agreed_amount", sa.BigInteger(), nullable=True))
        batch_op.add_column(sa.Column("agreement", sa.Text(), nullable=False, server_default=""))
    with op.batch_alter_table("letters", schema=None) as batch_op:
        batch_op.add_column(sa.Column("delivered_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("delivery_proof", sa.String(length=20), nullable=True))
        batch_op.add_column(
            sa.Column("delivery_note", sa.Text(), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("delivery_acknowledgement_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_letters_delivery_acknowledgement_id_acknowledgements"),
            "acknowledgements",
            ["delivery_acknowledgement_id"],
            ["id"],
        )


def downgrade() -> None:
    with op.batch_alter_table("letters", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_letters_delivery_acknowledgement_id_acknowledgements"),
            type_="foreignkey",
        )
        batch_op.drop_column("delivery_acknowledgement_id")
        batch_op.drop_column("delivery_note")
        batch_op.drop_column("delivery_proof")
        batch_op.drop_column("delivered_on")
    # Plain DROP COLUMN (SQLite 3.35+): batch mode would copy separations, which its checklist
    # items point at, and SQLite refuses that while foreign keys are enforced.
    for column in ("agreement", "agreed_amount", "leave_average_wage"):
        op.execute(f"ALTER TABLE separations DROP COLUMN {column}")
    op.drop_table("average_wages")
