"""招聘 → 新员工入职清单: what each new employee still needs in the first month (written
contract, social insurance), marked done here, with the draft contract and the employee's file."""

from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hrdesk import clock
from hrdesk.services.actor import Actor
from hrdesk.services.database import Database
from hrdesk.services.people import onboarding
from hrdesk.ui.dialogs.employee import EmployeeDialog
from hrdesk.ui.models.table import RowsTableModel, TableColumn
from hrdesk.ui.operations import Area, announce
from hrdesk.ui.terms import term
from hrdesk.ui.widgets.forms import attempt_saving
from hrdesk.ui.widgets.tables import selected_row, table_view


class OnboardingChecklist(QWidget):
    def __init__(self, database: Database, actor: Actor, parent=None):
        super().__init__(parent)
        self.database, self.actor = database, actor
        lower = QVBoxLayout(self)
        lower.setContentsMargins(0, 0, 0, 0)
        heading = QHBoxLayout()
        caption = QLabel(self.tr("新员工入职清单（劳动合同法第10、82条，社会保险法第58条）"))
        caption.setWordWrap(True)
        heading.addWidget(caption, 1)
        self.done_button = QPushButton(self.tr("标记完成"))
        self.draft_button = QPushButton(self.tr("合同草稿…"))
        self.employee_button = QPushButton(self.tr("打开员工档案"))
        for button in (self.done_button, self.draft_button, self.employee_button):
            heading.addWidget(button)
        lower.addLayout(heading)
        self.items = RowsTableModel(
            [
                TableColumn(self.tr("工号"), lambda r: r.employee_no),
                TableColumn(self.tr("姓名"), lambda r: r.name),
                TableColumn(self.tr("事项"), lambda r: term(r.title)),
                TableColumn(self.tr("截止日期"), lambda r: r.due_on),
                TableColumn(self.tr("依据"), lambda r: term(r.basis)),
            ],
            self,
        )
        self.items_view = table_view(self.items)
        lower.addWidget(self.items_view)
        self.done_button.clicked.connect(self.mark_done)
        self.draft_button.clicked.connect(lambda: self.write_draft())
        self.employee_button.clicked.connect(self.open_employee)

    def refresh(self, session) -> None:
        self.items.set_rows(onboarding.checklist(session, self.actor))

    def write_draft(self, path: str | None = None, employee_id: int | None = None) -> None:
        if employee_id is None:
            item = selected_row(self.items_view)
            if item is None:
                QMessageBox.information(
                    self, self.tr("请选择"), self.tr("请先在入职清单中选中一项。")
                )
                return
            employee_id = item.employee_id
        if path is None:
            suggested = Path.home() / f"劳动合同草稿_{employee_id}.pdf"
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("保存劳动合同草稿"), str(suggested), self.tr("PDF 文件 (*.pdf)")
            )
            if not path:
                return
        today = clock.today()
        attempt_saving(
            self,
            self.tr("合同草稿"),
            self.database,
            lambda s: onboarding.write_contract_draft(
                s, self.actor, employee_id, Path(path), today
            ),
        )

    def mark_done(self) -> None:
        item = selected_row(self.items_view)
        if item is None:
            return
        today = clock.today()
        if attempt_saving(
            self,
            self.tr("入职清单"),
            self.database,
            lambda s: onboarding.mark_done(s, self.actor, item.id, today),
        ):
            announce(Area.PEOPLE)

    def open_employee(self) -> None:
        item = selected_row(self.items_view)
        if item is not None:
            dialog = EmployeeDialog(
                self.database, self.actor, item.employee_id, clock.today(), self
            )
            if dialog.contracts_tab is not None:
                dialog.tabs.setCurrentWidget(dialog.contracts_tab)
            dialog.exec()
