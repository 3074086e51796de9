"""The first open after migration 0014: bind old ciphertexts to their rows, seal old payslips.

The migration cannot do this: it has no field key. It leaves the setting legacy_seals_pending,
and the open that finds it converts every 'v1:' ID and bank card number to the bound form
and seals the payslips of months approved before seals existed, then clears the setting.
"""

from sqlalchemy import bindparam, select, update
from sqlalchemy.orm import Session

from hrdesk.domain.roles import Role
from hrdesk.services import audit, settings
from hrdesk.services.actor import Actor
from hrdesk.services.integrity import payslips
from hrdesk.storage.crypto import LEGACY_PREFIX, FieldCipher, bank_card_context, id_number_context
from hrdesk.storage.models import Employee

MARKER = "legacy_seals_pending"
UPGRADE_ACTOR = Actor(name="hrdesk（升级）", role=Role.ADMIN)
_EMPLOYEES = Employee.__table__


def bind_ciphertexts(session: Session, cipher: FieldCipher) -> int:
    """Re-encrypt unbound ID and bank card numbers bound to their employee; returns how many."""
    query = select(
        Employee.id, Employee.employee_no, Employee.id_number_cipher, Employee.bank_card_cipher
    ).where(
        Employee.id_number_cipher.startswith(LEGACY_PREFIX)
        | Employee.bank_card_cipher.startswith(LEGACY_PREFIX)
    )
    changes = []
    for employee_id, number, id_cipher, card_cipher in session.execute(query).all():
        if id_cipher.startswith(LEGACY_PREFIX):
            plain = cipher.decrypt_legacy(id_cipher)
            id_cipher = cipher.encrypt(plain, id_number_context(number))
        if card_cipher and card_cipher.startswith(LEGACY_PREFIX):
            plain = cipher.decrypt_legacy(card_cipher)
            card_cipher = cipher.encrypt(plain, bank_card_context(number))
        changes.append({"_id": employee_id, "id_c": id_cipher, "card_c": card_cipher})
    if changes:
        session.execute(
            update(_EMPLOYEES)
            .where(_EMPLOYEES.c.id == bindparam("_id"))
            .values(id_number_cipher=bindparam("id_c"), bank_card_cipher=bindparam("card_c")),
            changes,
        )
    return len(changes)


def upgrade_pending(session: Session) -> bool:
    """Whether the migration left the one-time conversion to do (one settings read)."""
    return bool(settings.get(session, MARKER))


def upgrade_if_pending(session: Session, cipher_of) -> bool:
    """Run the one-time conversion when the migration asked for it; True when it ran.
    cipher_of(session) gives the field cipher (asked only when there is work)."""
    if not upgrade_pending(session):
        return False
    cipher = cipher_of(session)
    bound = bind_ciphertexts(session, cipher)
    sealed = payslips.seal_unsealed(session, cipher)
    settings.put(session, None, MARKER, False)
    audit.record(
        session,
        UPGRADE_ACTOR,
        "封存升级前的数据",
        "database",
        None,
        "员工密文/工资条",
        None,
        f"绑定{bound}名员工的证件号与银行卡号，封存{sealed}张已审核工资条",
    )
    return True
