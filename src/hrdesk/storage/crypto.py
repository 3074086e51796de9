"""Field encryption for ID and bank card numbers: AES-256-GCM, one random nonce a value."""

import base64
import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

_PREFIX = "v1:"


class FieldCipher:
    """Encrypts short text fields; the stored form is 'v1:' + base64(nonce + ciphertext)."""

    def __init__(self, key: bytes):
        self._aead = AESGCM(key)

    def encrypt(self, plain: str) -> str:
        nonce = os.urandom(12)
        sealed = self._aead.encrypt(nonce, plain.encode("utf-8"), None)
        return _PREFIX + base64.b64encode(nonce + sealed).decode("ascii")

    def decrypt(self, stored: str) -> str:
        if not stored.startswith(_PREFIX):
            raise ValueError("无法识别的加密格式")
        raw = base64.b64decode(stored[len(_PREFIX) :])
        try:
            return self._aead.decrypt(raw[:12], raw[12:], None).decode("utf-8")
        except InvalidTag:
            raise ValueError("解密失败：密钥不匹配或数据被改动") from None
