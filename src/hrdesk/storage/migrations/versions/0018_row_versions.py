"""Row versions for the records two seats may edit at once (optimistic locking).

Invoices are never edited (a credit note corrects one), so they carry none.

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0018"
down_revision = "0017"
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
        op.add_column(table, sa.Column("version", sa.Integer(), server_default="1", nullable=False))


def downgrade() -> None:
    # A plain DROP COLUMN (SQLite 3.35+): batch mode would copy the tables that other tables'
    # foreign keys point at, which SQLite refuses while foreign keys are enforced.
    for table in TABLES:
        op.execute(f"ALTER TABLE {table} DROP COLUMN version")
