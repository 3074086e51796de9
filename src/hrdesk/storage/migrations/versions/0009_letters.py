"""Statement-confirmation letters (对账函) and number series that are never reused.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-28
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "number_sequences",
        sa.Column("name", sa.String(length=30), nullable=False),
        sa.Column("last", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_number_sequences")),
    )
    op.create_table(
        "letters",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=20), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("salesperson_id", sa.Integer(), nullable=False),
        sa.Column("as_of", sa.Date(), nullable=False),
        sa.Column("pay_by", sa.Date(), nullable=False),
        sa.Column("balance", sa.BigInteger(), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("generated_at", sa.DateTime(), nullable=False),
        sa.Column("generated_by", sa.String(length=100), nullable=False),
        sa.Column("sent_on", sa.Date(), nullable=True),
        sa.Column("sent_via", sa.String(length=20), nullable=True),
        sa.Column("tracking_no", sa.String(length=60), nullable=True),
        sa.Column("replied_on", sa.Date(), nullable=True),
        sa.Column("stated_balance", sa.BigInteger(), nullable=True),
        sa.Column("acknowledgement_id", sa.Integer(), nullable=True),
        sa.Column("reply_note", sa.Text(), nullable=False),
        sa.Column("reply_file_name", sa.String(length=255), nullable=True),
        sa.Column("reply_sha256", sa.String(length=64), nullable=True),
        sa.Column("reply_scan", sa.LargeBinary(), nullable=True),
        sa.Column("dispute_closed_on", sa.Date(), nullable=True),
        sa.Column("dispute_resolution", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"], name=op.f("fk_letters_customer_id_customers")
        ),
        sa.ForeignKeyConstraint(
            ["acknowledgement_id"],
            ["acknowledgements.id"],
            name=op.f("fk_letters_acknowledgement_id_acknowledgements"),
        ),
        sa.ForeignKeyConstraint(
            ["salesperson_id"], ["employees.id"], name=op.f("fk_letters_salesperson_id_employees")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_letters")),
        sa.UniqueConstraint("number", name=op.f("uq_letters_number")),
    )
    with op.batch_alter_table("letters", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_letters_customer_id"), ["customer_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_letters_salesperson_id"), ["salesperson_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_letters_status"), ["status"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("letters", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_letters_status"))
        batch_op.drop_index(batch_op.f("ix_letters_salesperson_id"))
        batch_op.drop_index(batch_op.f("ix_letters_customer_id"))

    op.drop_table("letters")
    op.drop_table("number_sequences")
