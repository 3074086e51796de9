"""Field encryption for ID and bank card numbers: AES-256-GCM, one random nonce a value.

Each value is bound to its row and column (the AES-GCM associated data), so a ciphertext
copied onto another employee's row, or into another column, no longer decrypts. Seals
(HMACs) use their own keys derived from the field key with HKDF, never the key itself.
"""

import base64
import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

LEGACY_PREFIX = "v1:"  # unbound: written before 0014, converted on the first open after it
_PREFIX = "v2:"  # bound to a context (table, column, row)


def field_context(table: str, column: str, row_key: str) -> str:
    """The associated data binding a value to its place: employees.bank_card_cipher:E0001."""
    return f"{table}.{column}:{row_key}"


def derive_key(key: bytes, purpose: str) -> bytes:
    """A 256-bit sub-key for one purpose (payslip seals…), so no key serves two ends."""
    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=None, info=f"hrdesk {purpose}".encode()
    ).derive(key)


class FieldCipher:
    """Encrypts short text fields; the stored form is 'v2:' + base64(nonce + ciphertext)."""

    def __init__(self, key: bytes):
        self._key = key
        self._aead = AESGCM(key)

    def sub_key(self, purpose: str) -> bytes:
        return derive_key(self._key, purpose)

    def encrypt(self, plain: str, context: str) -> str:
        nonce = os.urandom(12)
        sealed = self._aead.encrypt(nonce, plain.encode("utf-8"), context.encode("utf-8"))
        return _PREFIX + base64.b64encode(nonce + sealed).decode("ascii")

    def decrypt(self, stored: str, context: str) -> str:
        """The plain text; a value moved from another row or column fails here."""
        if not stored.startswith(_PREFIX):
            raise ValueError("无法识别的加密格式（或未绑定的旧格式）")
        return self._open(stored[len(_PREFIX) :], context.encode("utf-8"))

    def decrypt_legacy(self, stored: str) -> str:
        """A value written before binding: only the conversion at the first open reads these."""
        if not stored.startswith(LEGACY_PREFIX):
            raise ValueError("无法识别的加密格式")
        return self._open(stored[len(LEGACY_PREFIX) :], None)

    def _open(self, encoded: str, associated: bytes | None) -> str:
        try:
            raw = base64.b64decode(encoded)
            return self._aead.decrypt(raw[:12], raw[12:], associated).decode("utf-8")
        except (InvalidTag, ValueError):
            raise ValueError("解密失败：密钥不匹配，或数据被改动、被挪到了别的记录") from None


def id_number_context(employee_no: str) -> str:
    return field_context("employees", "id_number_cipher", employee_no)


def bank_card_context(employee_no: str) -> str:
    return field_context("employees", "bank_card_cipher", employee_no)
