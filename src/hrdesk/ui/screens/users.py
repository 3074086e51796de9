"""用户 (管理员): who may sign in, with which role; add, re-role, deactivate, reset passwords.

The last active administrator is protected by the services: the refusal is shown as is.
"""

from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hrdesk.domain.roles import Role
from hrdesk.services import users
from hrdesk.services.actor import Actor
from hrdesk.services.database import Database
from hrdesk.ui.dialogs.users import NewUserDialog, ResetPasswordDialog
from hrdesk.ui.models.table import RowsTableModel, TableColumn
from hrdesk.ui.operations import Area, announce, refresh_on
from hrdesk.ui.terms import term
from hrdesk.ui.widgets.forms import attempt_saving
from hrdesk.ui.widgets.tables import selected_row, table_view


class UsersPage(QWidget):
    def __init__(self, database: Database, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.database, self.actor = database, actor
        layout = QVBoxLayout(self)
        note = QLabel(
            self.tr(
                "每位同事用自己的账户登录，窗口和命令行都按角色授权。离职的同事请“停用”："
                "停用后不能再登录，历史记录保留。最后一名启用的管理员不能停用或改为其他角色。"
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        self.model = RowsTableModel(
            [
                TableColumn(self.tr("用户名"), lambda r: r.username),
                TableColumn(self.tr("姓名"), lambda r: r.display_name),
                TableColumn(self.tr("角色"), lambda r: term(r.role.value)),
                TableColumn(
                    self.tr("状态"), lambda r: self.tr("启用") if r.active else self.tr("已停用")
                ),
                TableColumn(
                    self.tr("锁定至"),
                    lambda r: (
                        r.locked_until.astimezone().strftime("%Y-%m-%d %H:%M")
                        if r.locked_until
                        else ""
                    ),
                ),
            ],
            self,
        )
        self.view = table_view(self.model)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        layout.addWidget(self.view, stretch=1)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("新增用户…"))
        self.role_button = QPushButton(self.tr("更改角色…"))
        self.active_button = QPushButton(self.tr("停用"))
        self.password_button = QPushButton(self.tr("重置密码…"))
        for button, slot in (
            (self.add_button, self.add_user),
            (self.role_button, self.change_role),
            (self.active_button, self.toggle_active),
            (self.password_button, self.reset_password),
        ):
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        refresh_on(self, [Area.USERS], self.refresh)
        self.refresh()

    def refresh(self) -> None:
        with self.database.sessions() as session:
            self.model.set_rows(users.list_users(session, self.actor))
        self._selection_changed()

    def selected(self) -> users.UserRow | None:
        return selected_row(self.view)

    def select(self, username: str) -> None:
        for row, user in enumerate(self.model.rows):
            if user.username == username:
                self.view.selectRow(row)

    def _selection_changed(self, *_args) -> None:
        user = self.selected()
        for button in (self.role_button, self.active_button, self.password_button):
            button.setEnabled(user is not None)
        self.active_button.setText(
            self.tr("重新启用") if user is not None and not user.active else self.tr("停用")
        )

    def add_user(self) -> None:
        NewUserDialog(self.database, self.actor, self).exec()

    def change_role(self) -> None:
        user = self.selected()
        if user is None:
            return
        roles = list(Role)
        chosen, ok = QInputDialog.getItem(
            self,
            self.tr("更改角色"),
            self.tr("{0} 的角色：").format(user.username),
            [term(role.value) for role in roles],
            roles.index(user.role),
            False,
        )
        if ok:
            role = next(r for r in roles if term(r.value) == chosen)
            self.apply(user, lambda s: users.set_role(s, self.actor, user.username, role))

    def toggle_active(self) -> None:
        user = self.selected()
        if user is None:
            return
        if not user.active:
            self.apply(user, lambda s: users.reactivate(s, self.actor, user.username))
            return
        question = self.tr("停用 {0}？停用后该账户不能再登录，历史记录保留。").format(user.username)
        if (
            QMessageBox.question(self, self.tr("停用用户"), question)
            == QMessageBox.StandardButton.Yes
        ):
            self.apply(user, lambda s: users.deactivate(s, self.actor, user.username))

    def reset_password(self) -> None:
        user = self.selected()
        if (
            user is not None
            and ResetPasswordDialog(self.database, self.actor, user.username, self).exec()
        ):
            self.select(user.username)

    def apply(self, user: users.UserRow, change) -> bool:
        done = attempt_saving(self, self.tr("用户"), self.database, change)
        if done:
            announce(Area.USERS)
        self.select(user.username)
        return done
