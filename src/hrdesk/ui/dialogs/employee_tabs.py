"""The record tabs of an employee: 合同, 附件, 变更记录 — lists with their own actions."""

import contextlib
import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hrdesk.domain.roles import Permission
from hrdesk.services import audit, contracts
from hrdesk.services.actor import Actor
from hrdesk.services.database import Database
from hrdesk.ui.dialogs.contract import ContractDialog
from hrdesk.ui.models.table import RowsTableModel, TableColumn
from hrdesk.ui.terms import phrase, term
from hrdesk.ui.widgets.tables import selected_row, table_view


def _fresh_viewing_folder() -> Path:
    """One folder for attachments being viewed, emptied each time: signed contracts must not
    pile up in the temp folder. A file still open in a viewer is left for next time."""
    folder = Path(tempfile.gettempdir()) / "hrdesk-viewing"
    folder.mkdir(exist_ok=True)
    for old in folder.iterdir():
        with contextlib.suppress(OSError):
            old.unlink()
    return folder


class ContractsTab(QWidget):
    def __init__(
        self, database: Database, actor: Actor, employee_id: int, today: date, parent=None
    ):
        super().__init__(parent)
        self.database, self.actor, self.employee_id, self.today = (
            database,
            actor,
            employee_id,
            today,
        )
        layout = QVBoxLayout(self)
        self.model = RowsTableModel(
            [
                TableColumn(self.tr("合同编号"), lambda r: r.terms.number),
                TableColumn(self.tr("类型"), lambda r: r.terms.kind.value),
                TableColumn(self.tr("开始"), lambda r: r.terms.start),
                TableColumn(self.tr("结束"), lambda r: r.terms.end),
                TableColumn(self.tr("试用期至"), lambda r: r.terms.probation_end),
                TableColumn(self.tr("试用期工资"), lambda r: r.terms.probation_wage, True),
                TableColumn(self.tr("合同工资"), lambda r: r.terms.contract_wage, True),
                TableColumn(self.tr("签订日期"), lambda r: r.terms.signed_on),
            ],
            self,
        )
        self.view = table_view(self.model)
        self.view.doubleClicked.connect(self.edit)
        layout.addWidget(self.view)
        buttons = QHBoxLayout()
        add = QPushButton(self.tr("新增合同…"))
        add.clicked.connect(self.add)
        edit = QPushButton(self.tr("编辑合同…"))
        edit.clicked.connect(self.edit)
        for button in (add, edit):
            button.setEnabled(actor.may(Permission.EDIT_CONTRACTS))
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(QLabel(self.tr("合同提醒")))
        self.findings = QListWidget()
        self.findings.setMaximumHeight(130)
        layout.addWidget(self.findings)
        self.refresh()

    def refresh(self) -> None:
        with self.database.sessions() as session:
            self.model.set_rows(contracts.contracts_of(session, self.actor, self.employee_id))
            found = contracts.reminders(session, self.actor, self.today, self.employee_id)
        self.findings.clear()
        for reminder in found:
            finding = reminder.finding
            self.findings.addItem(
                (self.tr("【紧急】") if finding.urgent else "")
                + self.tr("{0}：{1}").format(term(finding.title), phrase(finding.detail))
            )
        if not found:
            self.findings.addItem(self.tr("没有需要处理的合同问题。"))

    def add(self) -> None:
        if ContractDialog(self.database, self.actor, self.employee_id, None, self).exec():
            self.refresh()

    def edit(self) -> None:
        row = selected_row(self.view)
        allowed = row is not None and self.actor.may(Permission.EDIT_CONTRACTS)
        if (
            allowed
            and ContractDialog(self.database, self.actor, self.employee_id, row, self).exec()
        ):
            self.refresh()


class AttachmentsTab(QWidget):
    def __init__(self, database: Database, actor: Actor, employee_id: int, parent=None):
        super().__init__(parent)
        self.database, self.actor, self.employee_id = database, actor, employee_id
        layout = QVBoxLayout(self)
        self.model = RowsTableModel(
            [
                TableColumn(self.tr("文件名"), lambda r: r.file_name),
                TableColumn(self.tr("所属合同"), lambda r: r.contract_number),
                TableColumn(self.tr("大小(KB)"), lambda r: round(r.size / 1024, 1), True),
                TableColumn(
                    self.tr("添加时间"),
                    lambda r: r.added_at.astimezone().strftime("%Y-%m-%d %H:%M"),
                ),
                TableColumn(self.tr("添加人"), lambda r: r.added_by),
                TableColumn(self.tr("SHA-256"), lambda r: r.sha256),
            ],
            self,
        )
        self.view = table_view(self.model)
        self.view.doubleClicked.connect(self.open_selected)
        layout.addWidget(self.view)
        buttons = QHBoxLayout()
        add = QPushButton(self.tr("添加文件…"))
        add.setEnabled(actor.may(Permission.EDIT_CONTRACTS))
        add.clicked.connect(self.add)
        open_button = QPushButton(self.tr("打开"))
        open_button.clicked.connect(self.open_selected)
        buttons.addWidget(add)
        buttons.addWidget(open_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        note = QLabel(
            self.tr("附件保存在数据库中，随备份一起保存；同一文件不会重复保存，也不会被覆盖。")
        )
        note.setStyleSheet("color: #666")
        layout.addWidget(note)
        self.refresh()

    def refresh(self) -> None:
        with self.database.sessions() as session:
            self.model.set_rows(contracts.attachments_of(session, self.actor, self.employee_id))

    def add(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("选择合同扫描件"),
            str(Path.home()),
            self.tr("扫描件 (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;所有文件 (*)"),
        )
        if path:
            self.add_file(Path(path))

    def add_file(self, path: Path) -> bool:
        try:
            with self.database.sessions.begin() as session:
                contracts.add_attachment(session, self.actor, self.employee_id, path)
        except (OSError, ValueError) as exc:
            QMessageBox.warning(self, self.tr("添加附件"), str(exc))
            return False
        self.refresh()
        return True

    def open_selected(self) -> None:
        row = selected_row(self.view)
        if row is None:
            return
        try:
            with self.database.sessions() as session:
                name, content = contracts.attachment_content(session, self.actor, row.id)
        except ValueError as exc:
            QMessageBox.critical(self, self.tr("打开附件"), str(exc))
            return
        target = _fresh_viewing_folder() / name
        target.write_bytes(content)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))


class HistoryTab(QWidget):
    """变更记录: read only, newest first."""

    def __init__(self, database: Database, actor: Actor, employee_id: int, parent=None):
        super().__init__(parent)
        self.database, self.actor, self.employee_id = database, actor, employee_id
        layout = QVBoxLayout(self)
        self.model = RowsTableModel(
            [
                TableColumn(
                    self.tr("时间"), lambda r: r.at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
                ),
                TableColumn(self.tr("操作人"), lambda r: r.actor),
                TableColumn(self.tr("操作"), lambda r: r.action),
                TableColumn(self.tr("项目"), lambda r: r.field),
                TableColumn(self.tr("原值"), lambda r: r.old_value),
                TableColumn(self.tr("新值"), lambda r: r.new_value),
            ],
            self,
        )
        layout.addWidget(table_view(self.model))
        self.refresh()

    def refresh(self) -> None:
        with self.database.sessions() as session:
            self.model.set_rows(audit.entries(session, self.actor, "employees", self.employee_id))
