"""Secrets (密钥) in the operating system's credential store, through `keyring`.

Windows keeps them in the Credential Manager, macOS in the Keychain. A bare Linux box
has no keyring: then the secret goes to a file in the user's config folder readable by
the user alone (mode 0600), never beside the database, so a copied database file does
not carry its own key. The fallback is said plainly in the log and on the settings page.
"""

import logging
from pathlib import Path

import platformdirs

from hrdesk import APP_NAME
from hrdesk.storage.private import private_folder, write_private

log = logging.getLogger(__name__)

SERVICE = APP_NAME


def fallback_folder() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / "secrets"


def find_os_keyring() -> None:
    """Find the operating system's keyring now, ahead of the first secret asked for: keyring
    tries each of its backends in turn (a tenth of a second), which start-up can spend while
    the password is being checked rather than on the way to a drawn screen. A keyring that
    cannot be set up fails here quietly: the first secret asked for reports it, as before."""
    import keyring

    try:
        keyring.get_keyring()
    except Exception:  # said where a secret is asked for; none is asked here
        return


class KeyStore:
    """Named secrets: the OS keyring when there is one, else a private file per secret."""

    def __init__(self, folder: Path | None = None):
        import keyring
        from keyring.backends import fail

        self._keyring = keyring
        self.uses_os_keyring = not isinstance(keyring.get_keyring(), fail.Keyring)
        self.folder = folder or fallback_folder()
        if not self.uses_os_keyring:
            log.warning("系统没有可用的密钥环，密钥保存在仅当前用户可读的文件中：%s", self.folder)

    @property
    def description(self) -> str:
        if self.uses_os_keyring:
            return f"系统凭据管理器（{type(self._keyring.get_keyring()).__name__}）"
        return f"本机文件（系统无密钥环，仅当前用户可读）：{self.folder}"

    def get(self, name: str) -> str | None:
        if self.uses_os_keyring:
            return self._keyring.get_password(SERVICE, name)
        path = self.folder / name
        return path.read_text(encoding="utf-8") if path.exists() else None

    def set(self, name: str, value: str) -> None:
        if self.uses_os_keyring:
            self._keyring.set_password(SERVICE, name, value)
            return
        write_private(private_folder(self.folder) / name, value.encode("utf-8"))
