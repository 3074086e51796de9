"""A customer's receipts and invoices indexed by customer and day, in place of customer alone
(which the new indexes serve as well, so writes keep one index each): a customer's last
payment on a date (诉讼时效 on 首页, the risk score) is one step down the index instead of a
read of every receipt of the customer, and the invoices due in a window (the risk score's
year of history) are read without the customer's other years.

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-02
"""

from alembic import op

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None

# (table, the new index, its day column, the index it replaces)
INDEXES = (
    ("receipts", "ix_receipts_customer_day", "received_on", "ix_receipts_customer_id"),
    ("invoices", "ix_invoices_customer_due", "due_on", "ix_invoices_customer_id"),
)


def upgrade() -> None:
    for table, index, day, replaced in INDEXES:
        op.create_index(index, table, ["customer_id", day])
        op.drop_index(replaced, table_name=table)


def downgrade() -> None:
    for table, index, _day, replaced in INDEXES:
        op.create_index(replaced, table, ["customer_id"])
        op.drop_index(index, table_name=table)
