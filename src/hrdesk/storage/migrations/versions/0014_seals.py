"""Seals: the audit trail as a hash chain, a seal column for approved payslips.

The existing audit records are chained here, oldest first. Payslip seals and the binding
of encrypted fields to their rows need the field key, which a migration does not have:
the marker setting legacy_seals_pending asks the first open after it to do that
(services/integrity/legacy.py).

Revision ID: 0014
Revises: 0012
Create Date: 2026-12-02
"""

import hashlib
import json
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0012"
branch_labels = None
depends_on = None

GENESIS = "0" * 64
FIELDS = ("actor", "action", "entity", "entity_id", "field", "old_value", "new_value")


def _moment(value) -> str:
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    if value.tzinfo is not None:
        value = value.astimezone(UTC).replace(tzinfo=None)
    return value.strftime("%Y-%m-%dT%H:%M:%S.%f")


def _hash(previous: str, row) -> str:
    """As storage/audit_chain.chain_hash (kept equal by a test)."""
    values = [row.id, _moment(row.at), *(getattr(row, name) for name in FIELDS)]
    text = json.dumps(values, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(f"{previous}\n{text}".encode()).hexdigest()


def upgrade() -> None:
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.add_column(sa.Column("prev_hash", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("hash", sa.String(length=64), nullable=True))
    with op.batch_alter_table("payslips", schema=None) as batch_op:
        batch_op.add_column(sa.Column("seal", sa.String(length=64), nullable=True))

    connection = op.get_bind()
    audit = sa.table(
        "audit_log",
        sa.column("id"),
        sa.column("at"),
        *(sa.column(name) for name in FIELDS),
        sa.column("prev_hash"),
        sa.column("hash"),
    )
    previous, chained = GENESIS, []
    for row in connection.execute(sa.select(audit).order_by(audit.c.id)).all():
        digest = _hash(previous, row)
        chained.append({"_id": row.id, "p": previous, "h": digest})
        previous = digest
    if chained:
        connection.execute(
            audit.update()
            .where(audit.c.id == sa.bindparam("_id"))
            .values(prev_hash=sa.bindparam("p"), hash=sa.bindparam("h")),
            chained,
        )

    employees = connection.execute(sa.text("SELECT count(*) FROM employees")).scalar()
    if employees:
        connection.execute(
            sa.text("INSERT INTO settings (key, value) VALUES ('legacy_seals_pending', 'true')")
        )


def downgrade() -> None:
    connection = op.get_bind()
    connection.execute(sa.text("DELETE FROM settings WHERE key = 'legacy_seals_pending'"))
    with op.batch_alter_table("payslips", schema=None) as batch_op:
        batch_op.drop_column("seal")
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_column("hash")
        batch_op.drop_column("prev_hash")
