"""A field-encryption key wrapped by a passphrase (密钥文件): scrypt, then AES-256-GCM.

The file is JSON naming its format, the key derivation's parameters, the database it
belongs to and the key's fingerprint; the key itself is only in the sealed part, and the
database id and fingerprint are bound to it as associated data, so neither can be edited.
"""

import base64
import hashlib
import hmac
import json
import os
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

FORMAT = "hrdesk-field-key"
# scrypt at 2**17 × 8 takes 128 MiB and a fraction of a second: cheap once, dear per guess.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**17, 8, 1
MIN_PASSPHRASE_LENGTH = 8


class KeyFileError(ValueError):
    """A key file that cannot be read or opened with this passphrase (message in Chinese)."""


@dataclass(frozen=True)
class OpenedKey:
    key: bytes
    database_id: str
    fingerprint: str


def fingerprint(key: bytes) -> str:
    """A short public name of a key: it tells keys apart without revealing them."""
    return hmac.new(key, b"hrdesk field key fingerprint", hashlib.sha256).hexdigest()[:16]


def _derive(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(passphrase.encode("utf-8"))


def _bound(database_id: str, print_: str) -> bytes:
    return f"{FORMAT}:{database_id}:{print_}".encode()


def wrap(key: bytes, database_id: str, passphrase: str) -> bytes:
    """The key file's bytes."""
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise KeyFileError(f"口令至少{MIN_PASSPHRASE_LENGTH}位")
    salt, nonce = os.urandom(16), os.urandom(12)
    wrapping = _derive(passphrase, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    print_ = fingerprint(key)
    sealed = AESGCM(wrapping).encrypt(nonce, key, _bound(database_id, print_))
    text = {
        "format": FORMAT,
        "version": 1,
        "database_id": database_id,
        "fingerprint": print_,
        "kdf": {"name": "scrypt", "n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P},
        "salt": base64.b64encode(salt).decode("ascii"),
        "nonce": base64.b64encode(nonce).decode("ascii"),
        "sealed_key": base64.b64encode(sealed).decode("ascii"),
    }
    return json.dumps(text, ensure_ascii=False, indent=2).encode("utf-8")


def unwrap(data: bytes, passphrase: str) -> OpenedKey:
    """The key inside a key file; a wrong passphrase or an edited file is refused."""
    try:
        text = json.loads(data.decode("utf-8"))
        if text.get("format") != FORMAT or text.get("version") != 1:
            raise KeyFileError("不是 hrdesk 密钥文件")
        kdf = text["kdf"]
        if (
            kdf["name"] != "scrypt"
            or not 2**14 <= kdf["n"] <= 2**20
            or not 1 <= kdf["r"] <= 16
            or not 1 <= kdf["p"] <= 4
        ):
            raise KeyFileError("密钥文件的参数无法识别")
        salt = base64.b64decode(text["salt"])
        nonce = base64.b64decode(text["nonce"])
        sealed = base64.b64decode(text["sealed_key"])
        database_id, print_ = str(text["database_id"]), str(text["fingerprint"])
    except KeyFileError:
        raise
    except (ValueError, KeyError, TypeError, AttributeError):
        raise KeyFileError("不是 hrdesk 密钥文件，或文件已损坏") from None
    wrapping = _derive(passphrase, salt, kdf["n"], kdf["r"], kdf["p"])
    try:
        key = AESGCM(wrapping).decrypt(nonce, sealed, _bound(database_id, print_))
    except InvalidTag:
        raise KeyFileError("口令不正确，或密钥文件已被改动") from None
    return OpenedKey(key, database_id, print_)
