"""Receipts indexed by customer and day, in place of customer alone: a customer's last payment
on a date (诉讼时效 on 首页, the risk score) is one step down the index instead of a read of
every receipt of the customer.

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-02
"""

from alembic import op

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_receipts_customer_day", "receipts", ["customer_id", "received_on"])
    op.drop_index("ix_receipts_customer_id", table_name="receipts")


def downgrade() -> None:
    op.create_index("ix_receipts_customer_id", "receipts", ["customer_id"])
    op.drop_index("ix_receipts_customer_day", table_name="receipts")
