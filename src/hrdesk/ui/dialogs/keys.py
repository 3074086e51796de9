"""导出密钥 / 导入密钥 (管理员): the field-encryption key, wrapped by a passphrase, to and
from a file, so a backup can be read on another computer."""

from pathlib import Path

from PySide6.QtWidgets import QLabel, QWidget

from hrdesk.services import keys
from hrdesk.services.actor import Actor
from hrdesk.services.database import Database
from hrdesk.ui.dialogs.login import password_field
from hrdesk.ui.widgets.forms import USER_ERRORS, FormDialog, user_message


class KeyExportDialog(FormDialog):
    def __init__(self, database: Database, actor: Actor, target: Path, parent: QWidget | None):
        super().__init__(
            self.tr("导出密钥"),
            self.tr(
                "身份证号和银行卡号用本机保存的密钥加密，备份文件里没有这把密钥。"
                "导出的密钥文件用口令保护：请把它和口令分开保存（例如密钥文件放U盘，口令记在纸上），"
                "并与备份分开存放。"
            ),
            self.tr("导出"),
            parent,
        )
        self.database, self.actor, self.target = database, actor, target
        self.passphrase = password_field()
        self.repeated = password_field()
        self.form.addRow(self.tr("密钥文件"), QLabel(str(target)))
        self.form.addRow(self.tr("口令（至少8位）"), self.passphrase)
        self.form.addRow(self.tr("再次输入口令"), self.repeated)
        self.fingerprint = ""

    def attempt(self) -> str:
        try:
            if self.passphrase.text() != self.repeated.text():
                return self.tr("两次输入的口令不一致")
            with self.database.sessions.begin() as session:
                self.fingerprint = keys.export_key(
                    session, self.actor, self.target, self.passphrase.text()
                )
        except USER_ERRORS as exc:
            return user_message(exc)
        finally:
            self.passphrase.clear()
            self.repeated.clear()
        return ""


class KeyImportDialog(FormDialog):
    def __init__(self, database: Database, actor: Actor, source: Path, parent: QWidget | None):
        super().__init__(
            self.tr("导入密钥"),
            self.tr("输入导出密钥时设定的口令。密钥只保存在本机的系统凭据管理器中。"),
            self.tr("导入"),
            parent,
        )
        self.database, self.actor, self.source = database, actor, source
        self.passphrase = password_field()
        self.form.addRow(self.tr("密钥文件"), QLabel(str(source)))
        self.form.addRow(self.tr("口令"), self.passphrase)

    def attempt(self) -> str:
        try:
            with self.database.sessions.begin() as session:
                keys.import_key(session, self.actor, self.source, self.passphrase.text())
        except USER_ERRORS as exc:
            return user_message(exc)
        finally:
            self.passphrase.clear()
        return ""
