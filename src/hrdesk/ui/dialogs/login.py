"""Signing in (登录): the first administrator at first start, a login afterwards.

Nothing in the database can skip it: a demo database is signed in like any other (its
administrator demo/demo is published); only `hrdesk --demo`, which built its database in
this very process, signs in as demo without asking.
"""

import os

from PySide6.QtWidgets import (
    QDialog,
    QLineEdit,
    QWidget,
)

from hrdesk.services import auth
from hrdesk.services.actor import Actor
from hrdesk.services.database import Database, is_demo
from hrdesk.services.sign_in_ahead import Ahead
from hrdesk.ui.widgets.forms import FormDialog


def password_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class AccountDialog(FormDialog):
    """A sign-in or account form on a database; attempt() leaves the signed-in actor behind."""

    def __init__(self, database: Database, title: str, intro: str, parent: QWidget | None):
        super().__init__(title, intro, self.tr("确定"), parent)
        self.database = database
        self.actor: Actor | None = None


class LoginDialog(AccountDialog):
    def __init__(self, database: Database, parent: QWidget | None = None):
        with database.sessions() as session:
            demo = is_demo(session)  # by the database's origin, never by a setting
        intro = self.tr("请输入用户名和密码。")
        if demo:
            intro += self.tr("这是演示数据库：用户名 demo，密码 demo。")
        super().__init__(database, self.tr("登录 hrdesk"), intro, parent)
        self.username = QLineEdit()
        self.password = password_field()
        self.form.addRow(self.tr("用户名"), self.username)
        self.form.addRow(self.tr("密码"), self.password)

    def attempt(self) -> str:
        with self.database.sessions.begin() as session:
            result = auth.authenticate(session, self.username.text(), self.password.text())
        self.password.clear()
        self.actor = result.actor
        return result.message


class FirstAdministratorDialog(AccountDialog):
    def __init__(self, database: Database, parent: QWidget | None = None):
        super().__init__(
            database,
            self.tr("创建管理员"),
            self.tr("这是第一次使用该数据库。请创建管理员账户，之后由管理员为其他同事开设账户。"),
            parent,
        )
        self.username = QLineEdit("admin")
        self.display_name = QLineEdit()
        self.password = password_field()
        self.repeated = password_field()
        self.form.addRow(self.tr("用户名"), self.username)
        self.form.addRow(self.tr("姓名"), self.display_name)
        self.form.addRow(self.tr("密码（至少8位）"), self.password)
        self.form.addRow(self.tr("再次输入密码"), self.repeated)

    def attempt(self) -> str:
        try:
            with self.database.sessions.begin() as session:
                self.actor = auth.create_administrator(
                    session,
                    self.username.text(),
                    self.display_name.text(),
                    self.password.text(),
                    self.repeated.text(),
                )
        except auth.AccountError as exc:
            return str(exc)
        return ""


def sign_in_dialog(database: Database, parent: QWidget | None = None) -> QDialog:
    """The dialog this database needs before the window opens."""
    with database.sessions() as session:
        needs_administrator = not auth.has_users(session)
    if needs_administrator:
        return FirstAdministratorDialog(database, parent)
    return LoginDialog(database, parent)


def demo_actor(database: Database) -> Actor:
    """The demo administrator of the database `hrdesk --demo` has just built."""
    with database.sessions() as session:
        return auth.demo_administrator(session)


def environment_sign_in(database: Database, ahead: Ahead | None = None) -> auth.LoginResult | None:
    """Sign in from HRDESK_USER and HRDESK_PASSWORD when both are set (automation,
    --screenshot), with the password check start-up made AHEAD when it made one; None when
    they are not set, or the database has no users yet."""
    username, password = os.environ.get("HRDESK_USER"), os.environ.get("HRDESK_PASSWORD")
    if not username or password is None:
        return None
    with database.sessions.begin() as session:  # a failed try is counted even so
        if not auth.has_users(session):
            return None
        return auth.authenticate(session, username, password, ahead=ahead)


def sign_in(database: Database, parent: QWidget | None = None) -> Actor | None:
    """Whoever works on this database now, or None if the user gave up."""
    dialog = sign_in_dialog(database, parent)
    return dialog.actor if dialog.exec() == QDialog.DialogCode.Accepted else None
