"""ID and bank card numbers, stored encrypted and bound to their row: read back, or parsed."""

from hrdesk.domain.identifiers import parse_resident_id
from hrdesk.storage.crypto import FieldCipher, bank_card_context, id_number_context
from hrdesk.storage.models import Employee


def id_number_of(cipher: FieldCipher, employee: Employee) -> str:
    """The full ID number; one moved here from another row fails, naming the employee."""
    try:
        return cipher.decrypt(employee.id_number_cipher, id_number_context(employee.employee_no))
    except ValueError as exc:
        raise ValueError(f"员工 {employee.employee_no} {employee.name} 的身份证号：{exc}") from None


def bank_card_of(cipher: FieldCipher, employee: Employee) -> str:
    if not employee.bank_card_cipher:
        return ""
    try:
        return cipher.decrypt(employee.bank_card_cipher, bank_card_context(employee.employee_no))
    except ValueError as exc:
        raise ValueError(f"员工 {employee.employee_no} {employee.name} 的银行卡号：{exc}") from None


def parse_id_or_blank(text: str) -> str:
    try:
        return parse_resident_id(text).number
    except ValueError:
        return ""
