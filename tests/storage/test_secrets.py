"""The key store (OS keyring, or a private file when there is none) and field encryption."""

import stat

import keyring
import pytest
from keyring.backends import fail

from hrdesk.storage.crypto import FieldCipher
from hrdesk.storage.keystore import KeyStore


def test_secrets_are_kept_in_the_os_keyring(private_environment, tmp_path):
    store = KeyStore(tmp_path)
    assert store.uses_os_keyring
    assert store.get("field-key-a") is None  # never made by asking
    store.set("field-key-a", "secret")
    assert KeyStore(tmp_path).get("field-key-a") == "secret"
    assert KeyStore(tmp_path).get("field-key-b") is None
    assert ("hrdesk", "field-key-a") in private_environment.secrets
    assert list(tmp_path.iterdir()) == []


def test_without_os_keyring_the_key_goes_to_a_file_only_the_user_can_read(tmp_path):
    keyring.set_keyring(fail.Keyring())
    store = KeyStore(tmp_path / "secrets")
    assert not store.uses_os_keyring
    assert "系统无密钥环" in store.description
    store.set("field-key-a", "secret")
    path = tmp_path / "secrets" / "field-key-a"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert KeyStore(tmp_path / "secrets").get("field-key-a") == "secret"


def test_field_cipher_round_trip_and_tamper_detection():
    cipher = FieldCipher(bytes(range(32)))
    sealed = cipher.encrypt("11010519491231002X")
    assert "1101" not in sealed
    assert cipher.encrypt("11010519491231002X") != sealed  # a fresh nonce each time
    assert cipher.decrypt(sealed) == "11010519491231002X"
    with pytest.raises(ValueError, match="密钥不匹配"):
        FieldCipher(bytes(32)).decrypt(sealed)
