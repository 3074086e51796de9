"""Migration 0014 and the first open after it: an older database with data keeps every value,
its audit records are chained in order, old ciphertexts are bound, old approved months sealed."""

import base64
import os
from datetime import date

from alembic import command
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import text

from hrdesk.domain.roles import Role
from hrdesk.services import integrity, payroll, settings
from hrdesk.services.actor import Actor, command_line_actor
from hrdesk.services.database import field_cipher, open_workspace
from hrdesk.storage.audit_chain import chain_hash
from hrdesk.storage.migrations import alembic_config
from hrdesk.storage.schema import SCHEMA_REVISIONS

MONTH = date(2026, 10, 1)
BEFORE_SEALS = SCHEMA_REVISIONS[SCHEMA_REVISIONS.index("0014") - 1]
FINANCE = Actor("财务小李", Role.FINANCE, 2)


def legacy(key: bytes, plain: str) -> str:
    """A value as 0.x wrote it: 'v1:', no associated data."""
    nonce = os.urandom(12)
    return (
        "v1:" + base64.b64encode(nonce + AESGCM(key).encrypt(nonce, plain.encode(), None)).decode()
    )


def test_a_database_from_before_seals_is_chained_bound_and_sealed_on_first_open(
    demo_database, sqlite_only
):
    from hrdesk.services import payroll as pay

    clerk = Actor("人事小王", Role.HR, 1)
    with demo_database.sessions.begin() as session:
        pay.run(session, clerk, MONTH)
    with demo_database.sessions.begin() as session:
        pay.approve(session, FINANCE, MONTH)
    with demo_database.sessions() as session:
        cipher = field_cipher(session)
        key = base64.b64decode(settings.get(session, "demo_field_key"))
        cards_before = {row[1]: row[0] for row in pay.bank_rows(session, FINANCE, MONTH)}
    path = demo_database.path
    # Back to the revision before 0014, as the earlier build left it: no chain, no seals,
    # unbound ciphertexts.
    with demo_database.engine.begin() as connection:
        command.downgrade(alembic_config(connection), BEFORE_SEALS)
        rows = connection.execute(
            text("SELECT id, employee_no, id_number_cipher, bank_card_cipher FROM employees")
        ).all()
        for employee_id, number, id_cipher, card_cipher in rows:
            from hrdesk.storage.crypto import bank_card_context, id_number_context

            id_plain = cipher.decrypt(id_cipher, id_number_context(number))
            card = (
                legacy(key, cipher.decrypt(card_cipher, bank_card_context(number)))
                if card_cipher
                else None
            )
            connection.execute(
                text(
                    "UPDATE employees SET id_number_cipher = :i, bank_card_cipher = :c WHERE id = :e"
                ),
                {"i": legacy(key, id_plain), "c": card, "e": employee_id},
            )
        audit_rows = connection.execute(text("SELECT count(*) FROM audit_log")).scalar()
    demo_database.close()

    reopened = open_workspace(path)
    try:
        with reopened.engine.connect() as connection:
            stored = connection.execute(
                text("SELECT id_number_cipher, bank_card_cipher FROM employees")
            ).all()
            chained = connection.execute(
                text(
                    "SELECT id, at, actor, action, entity, entity_id, field, old_value, new_value,"
                    " prev_hash, hash FROM audit_log ORDER BY id"
                )
            ).all()
        assert all(i.startswith("v2:") and (c is None or c.startswith("v2:")) for i, c in stored)
        # The migration chained the old records exactly as the app does.
        assert len(chained) == audit_rows + 1  # and the upgrade's own record
        assert all(row.hash == chain_hash(row.prev_hash, row) for row in chained)
        with reopened.sessions() as session:
            assert not settings.get(session, "legacy_seals_pending")
            report = integrity.verify(session, command_line_actor(), field_cipher(session))
            assert report.ok, report.problems
            assert report.payslips > 0
            cards_after = {row[1]: row[0] for row in payroll.bank_rows(session, FINANCE, MONTH)}
        assert cards_after == cards_before
    finally:
        reopened.close()


def test_a_new_database_has_nothing_pending(database):
    with database.sessions() as session:
        assert not settings.get(session, "legacy_seals_pending")
