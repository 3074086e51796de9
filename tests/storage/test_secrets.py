"""The key store (OS keyring, or a private file when there is none) and field encryption."""

import stat

import keyring
import pytest
from keyring.backends import fail

from hrdesk.storage.crypto import FieldCipher, bank_card_context, derive_key, id_number_context
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
    here = id_number_context("E0001")
    sealed = cipher.encrypt("11010519491231002X", here)
    assert "1101" not in sealed
    assert cipher.encrypt("11010519491231002X", here) != sealed  # a fresh nonce each time
    assert cipher.decrypt(sealed, here) == "11010519491231002X"
    with pytest.raises(ValueError, match="密钥不匹配"):
        FieldCipher(bytes(32)).decrypt(sealed, here)


def test_a_ciphertext_moved_to_another_row_or_column_does_not_decrypt():
    cipher = FieldCipher(bytes(range(32)))
    card = cipher.encrypt("6222020200112233445", bank_card_context("E0001"))
    with pytest.raises(ValueError, match="挪到了别的记录"):
        cipher.decrypt(card, bank_card_context("E0002"))
    with pytest.raises(ValueError):
        cipher.decrypt(card, id_number_context("E0001"))


def test_an_unbound_legacy_ciphertext_is_read_only_by_the_conversion():
    """What 0.x wrote ('v1:', no associated data) is refused by decrypt, read by decrypt_legacy."""
    import base64
    import os

    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    key = bytes(range(32))
    nonce = os.urandom(12)
    legacy = "v1:" + base64.b64encode(nonce + AESGCM(key).encrypt(nonce, b"6222", None)).decode()
    cipher = FieldCipher(key)
    with pytest.raises(ValueError, match="未绑定"):
        cipher.decrypt(legacy, bank_card_context("E0001"))
    assert cipher.decrypt_legacy(legacy) == "6222"


def test_sub_keys_differ_from_the_key_and_from_each_other():
    key = bytes(range(32))
    seal = derive_key(key, "payslip seal v1")
    assert len(seal) == 32 and seal != key and seal != derive_key(key, "other")
    assert FieldCipher(key).sub_key("payslip seal v1") == seal
