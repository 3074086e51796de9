"""Row versions for the records two seats may edit at once (optimistic locking).

Invoices are never edited (a credit note corrects one), so they carry none.

Revision ID: 0018
Revises: 0012
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0018"
down_revision = "0012"
branch_labels = None
depends_on = None

TABLES = (
    "settings",
    "employees",
    "contracts",
    "customers",
    "payroll_months",
    "losses",
    "letters",
)


def upgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(
                sa.Column("version", sa.Integer(), server_default="1", nullable=False)
            )


def downgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("version")
