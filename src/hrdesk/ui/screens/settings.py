"""设置: interface language, where the data and its key live, and the users (管理员)."""

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hrdesk.domain.roles import Permission
from hrdesk.services import auth
from hrdesk.services.actor import Actor
from hrdesk.services.database import Database, key_store_description
from hrdesk.ui.dialogs.users import NewUserDialog
from hrdesk.ui.i18n import LANGUAGES, choose_language, chosen_language


class SettingsPage(QWidget):
    def __init__(self, database: Database, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.database = database
        self.actor = actor
        layout = QVBoxLayout(self)

        interface = QGroupBox(self.tr("界面"))
        interface_form = QFormLayout(interface)
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(list(LANGUAGES).index(chosen_language()))
        self.language.currentIndexChanged.connect(self._language_changed)
        self.language_note = QLabel()
        interface_form.addRow(self.tr("界面语言"), self.language)
        interface_form.addRow("", self.language_note)
        layout.addWidget(interface)

        storage = QGroupBox(self.tr("数据"))
        storage_form = QFormLayout(storage)
        storage_form.addRow(self.tr("数据库"), QLabel(database.location))
        with database.sessions() as session:
            key_place = key_store_description(session)
        storage_form.addRow(self.tr("证件号加密密钥"), QLabel(key_place))
        layout.addWidget(storage)

        if actor.may(Permission.MANAGE_USERS):
            users = QGroupBox(self.tr("用户"))
            users_layout = QVBoxLayout(users)
            self.users = QTableWidget(0, 4)
            self.users.setHorizontalHeaderLabels(
                [self.tr("用户名"), self.tr("姓名"), self.tr("角色"), self.tr("状态")]
            )
            self.users.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
            self.users.verticalHeader().hide()
            self.users.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
            users_layout.addWidget(self.users)
            add = QPushButton(self.tr("新增用户…"))
            add.clicked.connect(self._add_user)
            users_layout.addWidget(add)
            layout.addWidget(users)
            self._show_users()
        layout.addStretch(1)

    def _language_changed(self) -> None:
        choose_language(self.language.currentData())
        self.language_note.setText(self.tr("重新启动 hrdesk 后生效"))

    def _show_users(self) -> None:
        with self.database.sessions() as session:
            rows = auth.list_users(session)
        self.users.setRowCount(len(rows))
        for index, row in enumerate(rows):
            state = self.tr("正常") if row.active else self.tr("停用")
            for column, text in enumerate((row.username, row.display_name, row.role.value, state)):
                self.users.setItem(index, column, QTableWidgetItem(text))

    def _add_user(self) -> None:
        if NewUserDialog(self.database, self.actor, self).exec():
            self._show_users()
