"""打开数据库: a file on this PC, a PostgreSQL server of the office, or one opened before."""

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from hrdesk.services import database as workspace
from hrdesk.ui.widgets.forms import dialog_buttons, problem_label

RECENT_KEY = "databases/recent"
RECENT_KEPT = 8


def recent_databases() -> list[str]:
    value = QSettings().value(RECENT_KEY) or []
    return [value] if isinstance(value, str) else list(value)


def remember_database(target: str) -> None:
    """The most recent first; a server URL is kept without its password."""
    kept = [target, *(t for t in recent_databases() if t != target)][:RECENT_KEPT]
    QSettings().setValue(RECENT_KEY, kept)


class OpenDatabaseDialog(QDialog):
    """Choose what to open; `target` is then a file path or a server URL."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("打开数据库"))
        self.setMinimumWidth(560)
        self.target: Path | str | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("最近打开（双击打开）")))
        self.recent = QListWidget()
        self.recent.addItems(recent_databases())
        self.recent.setMaximumHeight(140)
        self.recent.itemDoubleClicked.connect(lambda item: self._choose(item.text()))
        layout.addWidget(self.recent)
        chosen = QPushButton(self.tr("打开所选"))
        chosen.clicked.connect(self._open_selected)
        browse = QPushButton(self.tr("浏览本机文件…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(chosen)
        row.addWidget(browse)
        row.addStretch()
        layout.addLayout(row)
        layout.addWidget(self._server_form())
        self.problem = problem_label()
        layout.addWidget(self.problem)
        buttons = dialog_buttons(self, self.tr("连接服务器"), self.submit, self.tr("取消"))
        layout.addWidget(buttons)

    def _server_form(self) -> QGroupBox:
        box = QGroupBox(self.tr("连接服务器（PostgreSQL，多人同时使用）"))
        form = QFormLayout(box)
        self.host, self.database, self.user = QLineEdit(), QLineEdit("hrdesk"), QLineEdit("hrdesk")
        self.host.setPlaceholderText(self.tr("如 192.168.1.10 或 nas.office"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(5432)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.keep_password = QCheckBox(self.tr("在本机凭据管理器中记住密码"))
        self.keep_password.setChecked(True)
        for label, widget in (
            (self.tr("服务器"), self.host),
            (self.tr("端口"), self.port),
            (self.tr("数据库"), self.database),
            (self.tr("用户名"), self.user),
            (self.tr("密码"), self.password),
            ("", self.keep_password),
        ):
            form.addRow(label, widget)
        return box

    def _open_selected(self) -> None:
        item = self.recent.currentItem()
        if item is not None:
            self._choose(item.text())

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("打开数据库"), str(Path.home()), self.tr("数据库 (*.db)")
        )
        if path:
            self._choose(path)

    def _choose(self, text: str) -> None:
        self.target = text if "://" in text else Path(text)
        self.accept()

    def server_url(self) -> str:
        """The URL typed in the form, without the password."""
        host, name, user = (w.text().strip() for w in (self.host, self.database, self.user))
        return f"postgresql+psycopg://{user}@{host}:{self.port.value()}/{name}"

    def submit(self) -> None:
        """连接服务器: check the URL, keep the password as asked, and open it."""
        url = self.server_url()
        try:
            workspace.server_url(url)
            if self.password.text() and self.keep_password.isChecked():
                workspace.remember_server_password(url, self.password.text())
        except workspace.StorageError as exc:
            self.problem.setText(str(exc))
            return
        if self.password.text() and not self.keep_password.isChecked():
            self.target = workspace.with_password(url, self.password.text())
        else:
            self.target = url
        self.accept()
