"""离职交接: separations in progress and done, what the chosen one is owed, and its steps."""

import tempfile
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hrdesk import clock
from hrdesk.documents.file_names import output_path
from hrdesk.domain.roles import Permission
from hrdesk.services import receivables, separations, settlement
from hrdesk.services.actor import Actor
from hrdesk.services.database import Database
from hrdesk.ui.dialogs.separations import (
    FiguresDialog,
    StartDialog,
    TemplateDialog,
)
from hrdesk.ui.models.table import RowsTableModel, TableColumn, display
from hrdesk.ui.operations import Area, announce, refresh_on
from hrdesk.ui.printing import preview_and_print
from hrdesk.ui.screens.handover.panels import (
    ChecklistPanel,
    CustomersPanel,
    RecordsPanel,
    buttons,
)
from hrdesk.ui.terms import phrase, term
from hrdesk.ui.widgets.columns import fit_columns, more_button
from hrdesk.ui.widgets.forms import ERROR_COLOUR, attempt, attempt_saving
from hrdesk.ui.widgets.tables import selected_row, table_view

# A leaver's status, contract and last pay follow the separation.
_STAFF_CHANGED = (Area.EMPLOYEES, Area.CONTRACTS, Area.PAYROLL)


class HandoverPage(QWidget):
    def __init__(self, database: Database, actor: Actor, parent=None):
        super().__init__(parent)
        self.database, self.actor = database, actor
        layout = QVBoxLayout(self)
        actions = self._actions()  # 发起离职… beside the title: it starts a new record
        title = QLabel(self.tr("离职交接"))
        title.setStyleSheet("font-size: 18px; font-weight: bold")
        heading = QHBoxLayout()
        heading.addWidget(title)
        heading.addStretch(1)
        heading.addWidget(self.start_button)
        layout.addLayout(heading)
        layout.addLayout(actions)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self._separations_table())
        self.tabs = QTabWidget()
        self.tabs.addTab(self._overview_tab(), self.tr("依据与应付"))
        self.checklist = ChecklistPanel(self)
        self.customers = CustomersPanel(self)
        self.records = RecordsPanel(self)
        self.tabs.addTab(self.checklist, self.tr("交接清单"))
        self.tabs.addTab(self.customers, self.tr("客户移交"))
        self.tabs.addTab(self.records, self.tr("业绩与记录"))
        splitter.addWidget(self.tabs)
        splitter.setSizes([180, 460])
        layout.addWidget(splitter)
        self.refresh()
        refresh_on(self, [Area.EMPLOYEES, Area.RECEIVABLES], self.refresh)

    def _actions(self) -> QHBoxLayout:
        self.start_button = QPushButton(self.tr("发起离职…"))
        self.start_button.clicked.connect(self.start)
        self.report_button = QPushButton(self.tr("应收账款清单报告…"))
        self.settlement_button = QPushButton(self.tr("离职结算单…"))
        self.certificate_button = QPushButton(self.tr("离职证明…"))
        self.complete_button = QPushButton(self.tr("完成离职"))
        # now and then: under 更多, so the bar fits a laptop's width in English too
        self.cancel_action = QAction(self.tr("撤销离职…"), self)
        self.cancel_action.triggered.connect(self.cancel)
        self.template_action = QAction(self.tr("清单模板…"), self)
        self.template_action.setEnabled(self.actor.may(Permission.MANAGE_SETTINGS))
        self.template_action.triggered.connect(
            lambda: TemplateDialog(self.database, self.actor, self).exec()
        )
        bar = buttons(
            (self.report_button, self.export_report),
            (self.settlement_button, lambda: self._print(self._settlement)),
            (self.certificate_button, lambda: self._print(self._certificate)),
            (self.complete_button, self.complete),
        )
        bar.insertWidget(bar.count() - 1, more_button([self.cancel_action, self.template_action]))
        return bar

    def _separations_table(self) -> QTableView:
        self.model = RowsTableModel(
            [
                TableColumn(self.tr("工号"), lambda r: r.employee_no),
                TableColumn(self.tr("姓名"), lambda r: r.name),
                TableColumn(self.tr("依据"), lambda r: term(r.ground)),
                TableColumn(self.tr("通知日期"), lambda r: r.notice_date),
                TableColumn(self.tr("最后工作日"), lambda r: r.last_day),
                TableColumn(self.tr("接手人"), lambda r: r.successor),
                TableColumn(self.tr("未完成必办事项"), lambda r: r.open_items, True),
                TableColumn(self.tr("状态"), lambda r: term(r.status)),
            ],
            self,
        )
        self.view = table_view(self.model)
        fit_columns(self.view, stretch=2)
        self.view.selectionModel().selectionChanged.connect(self.show_selected)
        return self.view

    def _overview_tab(self) -> QWidget:
        overview = QWidget()
        layout = QVBoxLayout(overview)
        self.figures_button = QPushButton(self.tr("核对结算数据…"))
        layout.addLayout(buttons((self.figures_button, self.edit_figures)))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.summary, 1)
        return overview

    # -- showing -----------------------------------------------------------------

    def refresh(self) -> None:
        chosen = selected_row(self.view)
        with self.database.sessions() as session:
            self.model.set_rows(separations.separation_rows(session, self.actor))
        for row, found in enumerate(self.model.rows):
            if chosen is not None and found.id == chosen.id:
                self.view.selectRow(row)
        if chosen is None and self.model.rows:
            self.view.selectRow(0)
        self.show_selected()

    @property
    def current(self):
        return selected_row(self.view)

    def show_selected(self) -> None:
        row = self.current
        may = self.actor.may(Permission.MANAGE_HANDOVER)
        in_progress = row is not None and row.status == separations.IN_PROGRESS
        for button in (
            self.complete_button,
            self.cancel_action,
            self.checklist.done_button,
            self.checklist.waive_button,
            self.customers.hand_button,
        ):
            button.setEnabled(may and in_progress)
        for button in (self.report_button, self.certificate_button, self.records.note_button):
            button.setEnabled(may and row is not None)
        # wage figures are for those who see pay: a sales manager runs the handover without them
        sees_pay = self.actor.may(Permission.VIEW_PAYROLL)
        self.settlement_button.setEnabled(may and sees_pay and row is not None)
        self.figures_button.setEnabled(may and sees_pay and in_progress)
        if row is None:
            self.summary.setText(self.tr("还没有离职记录。点“发起离职…”开始。"))
            for model in self._lists():
                model.set_rows([])
            return
        self.customers.choose_successor(row.successor_id)
        with self.database.sessions() as session:
            if sees_pay:
                found = settlement.assess(session, self.actor, row.id)
            else:
                found = separations.legal_summary(session, self.actor, row.id)
            self.checklist.model.set_rows(separations.items(session, self.actor, row.id))
            self.customers.model.set_rows(
                separations.customers_of(session, self.actor, row.employee_id)
            )
            self.records.results.set_rows(
                separations.results(session, self.actor, row.employee_id, row.last_day)
            )
            self.records.notes.set_rows(separations.evidence_notes(session, row.employee_id))
        self.summary.setText(self._summary(found, sees_pay))

    def _lists(self) -> tuple:
        return (
            self.checklist.model,
            self.customers.model,
            self.records.results,
            self.records.notes,
        )

    def _summary(self, found, sees_pay: bool) -> str:
        lines = [
            f"<b>{found.employee_no} {found.name}</b>　{term(found.ground.value)}",
            self.tr("需备材料：{0}").format(term(found.requires)),
            self.tr("通知：要求提前 {0} 天，实际 {1} 天{2}").format(
                found.notice.required_days,
                found.notice.given_days,
                self.tr("（试用期）") if found.in_probation else "",
            ),
        ]
        if sees_pay:
            lines += [
                self.tr("{0}：{1} 元").format(term(label), display(amount))
                + f"　<span style='color:#666'>{phrase(how)}</span>"
                for label, amount, how in settlement.settlement_lines(found)
            ]
            lines.append(
                self.tr("<b>应付合计：{0} 元</b>（未扣社保、公积金和个税）").format(
                    display(found.settlement_total)
                )
            )
            if found.severance_tax is not None and found.severance_tax.tax:
                lines.append(
                    self.tr("{0}个税：{1} 元").format(
                        term(found.termination.item), display(found.severance_tax.tax)
                    )
                )
        lines += [
            f"<span style='color:{ERROR_COLOUR}'>⚠ {warning}</span>" for warning in found.warnings
        ]
        return "<br>".join(lines)

    # -- actions -----------------------------------------------------------------

    def start(self) -> None:
        with self.database.sessions() as session:
            staff = separations.staff_choices(session)
            people = receivables.salespeople(session)
        dialog = StartDialog(self.database, self.actor, staff, people, self)
        if dialog.exec():
            announce(Area.EMPLOYEES)  # refreshes this page too
            for row, found in enumerate(self.model.rows):
                if found.id == dialog.separation_id:
                    self.view.selectRow(row)

    def edit_figures(self) -> None:
        row = self.current
        self.customers.choose_successor(row.successor_id)
        with self.database.sessions() as session:
            found = settlement.assess(session, self.actor, row.id)
        if FiguresDialog(self.database, self.actor, row.id, found, self).exec():
            self.show_selected()

    def write(self, title: str, change, *areas: Area) -> None:
        """Save the change; the pages showing what it changed refresh (this one always)."""
        if attempt_saving(self, title, self.database, change):
            self.refresh()
            if areas:
                announce(*areas)

    def complete(self) -> None:
        row = self.current
        self.write(
            self.tr("完成离职"),
            lambda s: separations.complete(s, self.actor, row.id, clock.today()),
            *_STAFF_CHANGED,
        )

    def cancel(self) -> None:
        row = self.current
        reason, ok = QInputDialog.getText(
            self,
            self.tr("撤销离职"),
            self.tr("{0} 的离职不再办理的原因（如：员工撤回辞职）：").format(row.name),
        )
        if ok:
            self.write(
                self.tr("撤销离职"),
                lambda s: separations.cancel(s, self.actor, row.id, reason),
                *_STAFF_CHANGED,
            )

    def export_report(self) -> None:
        row = self.current
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("应收账款清单报告"),
            str(Path.home() / f"应收账款清单-{row.employee_no}-{clock.today():%Y%m%d}.pdf"),
            self.tr("PDF 文件 (*.pdf);;Excel 文件 (*.xlsx)"),
        )
        if not path:
            return

        def write():
            with self.database.sessions() as session:
                as_of = separations.report_day(session, row.employee_no, clock.today())
                return separations.write_report(
                    session, self.actor, row.employee_no, as_of, Path(path)
                )

        if attempt(self, self.tr("应收账款清单报告"), write) is not None:
            if path.lower().endswith(".pdf"):
                preview_and_print(self, Path(path))
            else:
                QMessageBox.information(self, self.tr("导出"), self.tr("已导出到 {0}").format(path))

    def _settlement(self, session, path: Path) -> None:
        settlement.write_settlement(session, self.actor, self.current.id, path)

    def _certificate(self, session, path: Path) -> None:
        separations.write_certificate(session, self.actor, self.current.id, path, clock.today())

    def _print(self, write) -> None:
        folder = Path(tempfile.mkdtemp(prefix="hrdesk-"))
        path = output_path(folder, f"{self.current.employee_no}.pdf")

        def run():
            with self.database.sessions() as session:
                write(session, path)
            return True

        if attempt(self, self.tr("打印"), run):
            preview_and_print(self, path)
