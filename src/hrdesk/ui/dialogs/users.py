"""新增用户 and 重置密码: the administrator opens an account for a colleague, with one role,
and sets a new password when one is forgotten."""

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from hrdesk.domain.roles import Role
from hrdesk.services import auth, users
from hrdesk.services.actor import Actor
from hrdesk.services.database import Database
from hrdesk.ui.dialogs.login import AccountDialog, password_field
from hrdesk.ui.operations import Area
from hrdesk.ui.widgets.forms import USER_ERRORS, FormDialog, user_message


class NewUserDialog(AccountDialog):
    changes = (Area.USERS,)

    def __init__(self, database: Database, actor: Actor, parent: QWidget | None = None):
        super().__init__(
            database,
            self.tr("新增用户"),
            self.tr("销售经理只能看到应收账款，看不到工资。"),
            parent,
        )
        self.creator = actor
        self.username = QLineEdit()
        self.display_name = QLineEdit()
        self.role = QComboBox()
        for role in Role:
            self.role.addItem(role.value, role)
        self.password = password_field()
        self.repeated = password_field()
        self.form.addRow(self.tr("用户名"), self.username)
        self.form.addRow(self.tr("姓名"), self.display_name)
        self.form.addRow(self.tr("角色"), self.role)
        self.form.addRow(self.tr("初始密码（至少8位）"), self.password)
        self.form.addRow(self.tr("再次输入密码"), self.repeated)

    def attempt(self) -> str:
        try:
            with self.database.sessions.begin() as session:
                auth.add_user(
                    session,
                    self.creator,
                    self.username.text(),
                    self.display_name.text(),
                    Role(self.role.currentData()),  # Qt hands enum data back as str
                    self.password.text(),
                    self.repeated.text(),
                )
        except auth.AccountError as exc:
            return str(exc)
        return ""


class ResetPasswordDialog(FormDialog):
    """重置密码: the administrator sets a new password for a colleague; a lock is lifted."""

    changes = (Area.USERS,)

    def __init__(self, database: Database, actor: Actor, username: str, parent=None):
        super().__init__(
            self.tr("重置密码"),
            self.tr("为 {0} 设置新密码，并解除锁定。请当面或电话告知本人。").format(username),
            self.tr("确定"),
            parent,
        )
        self.database, self.actor, self.username = database, actor, username
        self.password = password_field()
        self.repeated = password_field()
        self.form.addRow(self.tr("新密码（至少8位）"), self.password)
        self.form.addRow(self.tr("再次输入密码"), self.repeated)

    def attempt(self) -> str:
        try:
            with self.database.sessions.begin() as session:
                users.reset_password(
                    session, self.actor, self.username, self.password.text(), self.repeated.text()
                )
        except USER_ERRORS as exc:
            return user_message(exc)
        finally:
            self.password.clear()
            self.repeated.clear()
        return ""
