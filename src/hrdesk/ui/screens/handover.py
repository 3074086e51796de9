"""离职交接: separations in progress and done; for the one chosen, what is owed, the checklist,
the customers to hand over, and the salesperson's record."""

import tempfile
from pathlib import Path

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
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
    EvidenceDialog,
    FiguresDialog,
    StartDialog,
    TemplateDialog,
)
from hrdesk.ui.models.handover import ChecklistModel
from hrdesk.ui.models.table import SORT_ROLE, RowsTableModel, TableColumn, display
from hrdesk.ui.operations import Area, announce, refresh_on
from hrdesk.ui.printing import preview_and_print
from hrdesk.ui.widgets.columns import fit_columns, more_button
from hrdesk.ui.widgets.fields import DateEdit
from hrdesk.ui.widgets.forms import ERROR_COLOUR, attempt, attempt_saving
from hrdesk.ui.widgets.tables import selected_row, selected_rows, table_view

# A leaver's status, contract and last pay follow the separation.
_STAFF_CHANGED = (Area.EMPLOYEES, Area.CONTRACTS, Area.PAYROLL)


def _buttons(*pairs) -> QHBoxLayout:
    bar = QHBoxLayout()
    for button, action in pairs:
        button.clicked.connect(action)
        bar.addWidget(button)
    bar.addStretch(1)
    return bar


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
        self.tabs.addTab(self._checklist_tab(), self.tr("交接清单"))
        self.tabs.addTab(self._customers_tab(), self.tr("客户移交"))
        self.tabs.addTab(self._evidence_tab(), self.tr("业绩与记录"))
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
        bar = _buttons(
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
                TableColumn(self.tr("依据"), lambda r: r.ground),
                TableColumn(self.tr("通知日期"), lambda r: r.notice_date),
                TableColumn(self.tr("最后工作日"), lambda r: r.last_day),
                TableColumn(self.tr("接手人"), lambda r: r.successor),
                TableColumn(self.tr("未完成必办事项"), lambda r: r.open_items, True),
                TableColumn(self.tr("状态"), lambda r: r.status),
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
        layout.addLayout(_buttons((self.figures_button, self.edit_figures)))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.summary, 1)
        return overview

    # -- tabs --------------------------------------------------------------------

    def _checklist_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        self.done_button = QPushButton(self.tr("标为完成"))
        self.waive_button = QPushButton(self.tr("豁免…"))
        layout.addLayout(
            _buttons((self.done_button, self.mark_done), (self.waive_button, self.waive))
        )
        self.items = ChecklistModel(
            [
                TableColumn(self.tr("事项"), lambda r: r.title),
                TableColumn(self.tr("负责"), lambda r: r.role),
                TableColumn(self.tr("期限"), lambda r: r.due_on),
                TableColumn(self.tr("必办"), lambda r: r.required),
                TableColumn(self.tr("状态"), lambda r: r.status),
                TableColumn(
                    self.tr("系统核对"),
                    lambda r: (
                        (self.tr("已满足") if r.satisfied else self.tr("未满足")) if r.check else ""
                    ),
                ),
                TableColumn(self.tr("办理人"), lambda r: r.done_by),
                TableColumn(self.tr("说明"), lambda r: r.note),
            ],
            self,
        )
        self.items_view = table_view(self.items)
        fit_columns(self.items_view, stretch=7)
        layout.addWidget(self.items_view)
        return tab

    def _customers_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        self.successor = QComboBox()
        with self.database.sessions() as session:
            for person_id, name in receivables.salespeople(session):
                self.successor.addItem(name, person_id)
        self.hand_from = DateEdit()
        self.hand_button = QPushButton(self.tr("移交所选客户"))
        self.hand_button.clicked.connect(self.hand_over)
        bar = QHBoxLayout()
        for widget in (
            QLabel(self.tr("接手人")),
            self.successor,
            QLabel(self.tr("自")),
            self.hand_from,
            self.hand_button,
        ):
            bar.addWidget(widget)
        bar.addStretch(1)
        layout.addLayout(bar)
        note = QLabel(
            self.tr("客户及其未收应收单一并移交，原归属记录保留；可分几次移交给不同接手人。")
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        self.customers = RowsTableModel(
            [
                TableColumn(self.tr("客户编码"), lambda r: r.code),
                TableColumn(self.tr("客户名称"), lambda r: r.name),
                TableColumn(self.tr("未收余额"), lambda r: r.balance, True),
            ],
            self,
        )
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(self.customers)
        proxy.setSortRole(SORT_ROLE)
        self.customers_view = table_view(proxy)
        self.customers_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        fit_columns(self.customers_view, stretch=1)
        layout.addWidget(self.customers_view)
        return tab

    def _evidence_tab(self) -> QWidget:
        tab = QWidget()
        layout = QHBoxLayout(tab)
        self.results = RowsTableModel(
            [
                TableColumn(self.tr("月份"), lambda r: f"{r.month:%Y-%m}"),
                TableColumn(self.tr("回款目标"), lambda r: r.target, True),
                TableColumn(self.tr("实际回款"), lambda r: r.collected, True),
                TableColumn(self.tr("完成率%"), lambda r: r.achieved, True),
            ],
            self,
        )
        layout.addWidget(table_view(self.results), 1)
        notes = QVBoxLayout()
        self.note_button = QPushButton(self.tr("添加记录…"))
        notes.addLayout(_buttons((self.note_button, self.add_note)))
        self.notes = RowsTableModel(
            [
                TableColumn(self.tr("日期"), lambda r: r.on_date),
                TableColumn(self.tr("类别"), lambda r: r.kind),
                TableColumn(self.tr("内容"), lambda r: r.note),
            ],
            self,
        )
        notes.addWidget(table_view(self.notes))
        layout.addLayout(notes, 1)
        return tab

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
            self.done_button,
            self.waive_button,
            self.hand_button,
        ):
            button.setEnabled(may and in_progress)
        for button in (self.report_button, self.certificate_button, self.note_button):
            button.setEnabled(may and row is not None)
        # wage figures are for those who see pay: a sales manager runs the handover without them
        sees_pay = self.actor.may(Permission.VIEW_PAYROLL)
        self.settlement_button.setEnabled(may and sees_pay and row is not None)
        self.figures_button.setEnabled(may and sees_pay and in_progress)
        if row is None:
            self.summary.setText(self.tr("还没有离职记录。点“发起离职…”开始。"))
            for model in (self.items, self.customers, self.results, self.notes):
                model.set_rows([])
            return
        if row.successor_id is not None:  # handing over goes to the named successor first
            self.successor.setCurrentIndex(max(self.successor.findData(row.successor_id), 0))
        with self.database.sessions() as session:
            if sees_pay:
                found = settlement.assess(session, self.actor, row.id)
            else:
                found = separations.legal_summary(session, self.actor, row.id)
            self.items.set_rows(separations.items(session, self.actor, row.id))
            self.customers.set_rows(separations.customers_of(session, self.actor, row.employee_id))
            self.results.set_rows(
                separations.results(session, self.actor, row.employee_id, row.last_day)
            )
            self.notes.set_rows(separations.evidence_notes(session, row.employee_id))
        self.summary.setText(self._summary(found, sees_pay))

    def _summary(self, found, sees_pay: bool) -> str:
        lines = [
            f"<b>{found.employee_no} {found.name}</b>　{found.ground.value}",
            self.tr("需备材料：{0}").format(found.requires),
            self.tr("通知：要求提前 {0} 天，实际 {1} 天{2}").format(
                found.notice.required_days,
                found.notice.given_days,
                self.tr("（试用期）") if found.in_probation else "",
            ),
        ]
        if sees_pay:
            lines += [
                f"{label}：{display(amount)} 元　<span style='color:#666'>{how}</span>"
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
                        found.termination.item, display(found.severance_tax.tax)
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
        if row.successor_id is not None:  # handing over goes to the named successor first
            self.successor.setCurrentIndex(max(self.successor.findData(row.successor_id), 0))
        with self.database.sessions() as session:
            found = settlement.assess(session, self.actor, row.id)
        if FiguresDialog(self.database, self.actor, row.id, found, self).exec():
            self.show_selected()

    def _write(self, title: str, change, *areas: Area) -> None:
        """Save the change; the pages showing what it changed refresh (this one always)."""
        if attempt_saving(self, title, self.database, change):
            self.refresh()
            if areas:
                announce(*areas)

    def mark_done(self) -> None:
        item = selected_row(self.items_view)
        if item is not None:
            self._write(
                self.tr("交接事项"),
                lambda s: separations.complete_item(s, self.actor, item.id, clock.today()),
            )

    def waive(self) -> None:
        item = selected_row(self.items_view)
        if item is None:
            return
        reason, ok = QInputDialog.getText(
            self, self.tr("豁免"), self.tr("“{0}”不需要办理的原因：").format(item.title)
        )
        if ok:
            self._write(
                self.tr("交接事项"),
                lambda s: separations.waive_item(s, self.actor, item.id, clock.today(), reason),
            )

    def hand_over(self) -> None:
        chosen = [c.id for c in selected_rows(self.customers_view)]
        if not chosen:
            QMessageBox.information(
                self, self.tr("客户移交"), self.tr("请先在列表中选择要移交的客户")
            )
            return
        row, successor, start = self.current, self.successor.currentData(), self.hand_from.value()
        self._write(
            self.tr("客户移交"),
            lambda s: separations.hand_over(s, self.actor, row.id, chosen, successor, start),
            Area.RECEIVABLES,
            Area.LETTERS,
        )

    def add_note(self) -> None:
        row = self.current
        if (
            row is not None
            and EvidenceDialog(self.database, self.actor, row.employee_id, self).exec()
        ):
            self.show_selected()

    def complete(self) -> None:
        row = self.current
        self._write(
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
            self._write(
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
