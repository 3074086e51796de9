"""个税年度: opening balances per employee and year, and declared deductions with their months
(the employee dialog's tab, and the whole company's list with December's confirmation)."""

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hrdesk import clock
from hrdesk.domain.deductions import (
    CERTIFICATE_AMOUNT,
    Declaration,
    DeductionKind,
    kind_named,
    label,
)
from hrdesk.domain.roles import Permission
from hrdesk.services.tax_year import declarations, opening
from hrdesk.ui.models.table import RowsTableModel, TableColumn
from hrdesk.ui.operations import Area, announce
from hrdesk.ui.widgets.fields import DateEdit, MoneyEdit
from hrdesk.ui.widgets.forms import ServiceDialog, attempt_saving
from hrdesk.ui.widgets.tables import selected_row, table_view


class MonthEdit(DateEdit):
    """A month, shown as 2026-01; its value is the month's first day."""

    def __init__(self, parent=None, optional: bool = False):
        super().__init__(parent, optional)
        self.setDisplayFormat("yyyy-MM")

    def value(self) -> date | None:
        chosen = super().value()
        return chosen.replace(day=1) if chosen else None


def _until(row: declarations.DeclarationRow, once: str) -> str:
    item = row.declaration
    if item.kind is DeductionKind.CERTIFICATE:
        return once
    if item.end is not None:
        return f"{item.end:%Y-%m}"
    return f"{item.through_year}-12*"


class DeclarationDialog(ServiceDialog):
    """One declared item: kind, monthly amount, start and optional end month, note."""

    changes = (Area.EMPLOYEES, Area.PAYROLL)

    def __init__(self, database, actor, employee_id: int, row=None, parent=None):
        super().__init__(
            database,
            actor,
            self.tr("专项附加扣除"),
            self.tr(
                "按员工在个税App中的申报填写。起始月份早于本月的，下一次发薪时一并补扣；"
                "不填截止月份的，每年12月经员工确认后才延续到下一年。"
            ),
            parent,
        )
        self.employee_id, self.row = employee_id, row
        self.kind = QComboBox()
        for kind in DeductionKind:
            self.kind.addItem(label(kind), label(kind))
        self.amount = MoneyEdit()
        self.start = MonthEdit()
        self.end = MonthEdit(optional=True)
        self.note = QLineEdit()
        for text, widget in (
            (self.tr("项目"), self.kind),
            (self.tr("每月金额"), self.amount),
            (self.tr("起始月份"), self.start),
            (self.tr("截止月份"), self.end),
            (self.tr("备注"), self.note),
        ):
            self.form.addRow(text, widget)
        today = clock.today()
        self.start.setDate(QDate(today.year, 1, 1))
        self.kind.currentIndexChanged.connect(self._certificate_amount)
        if row is not None:
            item = row.declaration
            self.kind.setCurrentIndex(self.kind.findData(label(item.kind)))
            self.amount.set_amount(item.monthly_amount)
            self.start.set_value(item.start)
            self.end.set_value(item.end)
            self.note.setText(row.note)
            self.through_year = item.through_year
        else:
            self.through_year = today.year

    def _certificate_amount(self) -> None:
        if kind_named(self.kind.currentData()) is DeductionKind.CERTIFICATE:
            self.amount.set_amount(CERTIFICATE_AMOUNT)

    def write(self, session) -> None:
        start = self.start.value()
        end = self.end.value()
        item = Declaration(
            kind_named(self.kind.currentData()),
            self.amount.amount() or Decimal(0),
            start,
            end,
            max(self.through_year, end.year if end else start.year),
        )
        problems = declarations.save(
            session,
            self.actor,
            self.employee_id,
            item,
            self.note.text().strip(),
            self.row.id if self.row is not None else None,
        )
        if problems:
            raise ValueError("\n".join(f"{column}：{reason}" for column, reason in problems))


def declaration_columns(widget: QWidget, with_employee: bool) -> list[TableColumn]:
    once = widget.tr("一次性")
    columns = [
        TableColumn(widget.tr("项目"), lambda r: r.kind_label),
        TableColumn(widget.tr("每月金额"), lambda r: r.declaration.monthly_amount, True),
        TableColumn(widget.tr("起始月份"), lambda r: f"{r.declaration.start:%Y-%m}"),
        TableColumn(widget.tr("截止月份"), lambda r: _until(r, once)),
        TableColumn(widget.tr("备注"), lambda r: r.note),
    ]
    if with_employee:
        columns[:0] = [
            TableColumn(widget.tr("工号"), lambda r: r.employee_no),
            TableColumn(widget.tr("姓名"), lambda r: r.name),
        ]
    return columns


class DeclarationsTab(QWidget):
    """The employee dialog's 专项附加扣除: every declared item with its months."""

    def __init__(self, database, actor, employee_id: int, parent=None):
        super().__init__(parent)
        self.database, self.actor, self.employee_id = database, actor, employee_id
        layout = QVBoxLayout(self)
        note = QLabel(
            self.tr(
                "每项扣除有起始月份和截止月份；补报以前月份的，下一次发薪时一并补扣。"
                "截止月份带 * 的为未确认下一年度：12月经员工确认后延续。"
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        self.model = RowsTableModel(declaration_columns(self, with_employee=False), self)
        self.view = table_view(self.model)
        self.view.doubleClicked.connect(self.edit)
        layout.addWidget(self.view)
        buttons = QHBoxLayout()
        for text, slot in (
            (self.tr("新增…"), self.add),
            (self.tr("修改…"), self.edit),
            (self.tr("删除"), self.remove),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            button.setEnabled(actor.may(Permission.EDIT_EMPLOYEES))
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.refresh()

    def refresh(self) -> None:
        with self.database.sessions() as session:
            self.model.set_rows(declarations.rows(session, self.actor, self.employee_id))

    def add(self) -> None:
        if DeclarationDialog(self.database, self.actor, self.employee_id, None, self).exec():
            self.refresh()

    def edit(self) -> None:
        row = selected_row(self.view)
        if (
            row is not None
            and self.actor.may(Permission.EDIT_EMPLOYEES)
            and DeclarationDialog(self.database, self.actor, self.employee_id, row, self).exec()
        ):
            self.refresh()

    def remove(self) -> None:
        row = selected_row(self.view)
        if row is None:
            return
        question = self.tr("删除这项{0}？已结束的扣除请改为填写截止月份，而不是删除。").format(
            row.kind_label
        )
        if QMessageBox.question(self, self.tr("删除"), question) != QMessageBox.StandardButton.Yes:
            return
        if attempt_saving(
            self,
            self.tr("删除"),
            self.database,
            lambda session: declarations.remove(session, self.actor, row.id),
        ):
            announce(Area.EMPLOYEES, Area.PAYROLL)
            self.refresh()


class TaxYearDialog(QDialog):
    """薪资 → 期初与扣除: the opening balances by year, and every declared deduction."""

    def __init__(self, database, actor, parent=None):
        super().__init__(parent)
        self.database, self.actor = database, actor
        self.setWindowTitle(self.tr("期初数据与专项附加扣除"))
        self.resize(980, 560)
        tabs = QTabWidget()
        tabs.addTab(self._opening_tab(), self.tr("期初数据"))
        tabs.addTab(self._declarations_tab(), self.tr("专项附加扣除"))
        QVBoxLayout(self).addWidget(tabs)
        self.refresh()

    def _opening_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        note = QLabel(
            self.tr(
                "年中启用本系统时，导入原工资系统1月至截至月份的累计数（“导入导出”→ 期初数据）。"
                "本系统从下一个月起接着累计个税；这些月份不再重算，也不再补扣专项附加扣除。"
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("年度")))
        self.year = QComboBox()
        bar.addWidget(self.year)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.openings = RowsTableModel(
            [
                TableColumn(self.tr("工号"), lambda r: r.employee_no),
                TableColumn(self.tr("姓名"), lambda r: r.name),
                TableColumn(self.tr("截至月份"), lambda r: r.balance.through_month, True),
                TableColumn(self.tr("累计收入"), lambda r: r.balance.income, True),
                TableColumn(self.tr("累计免税收入"), lambda r: r.balance.exempt_income, True),
                TableColumn(self.tr("累计减除费用"), lambda r: r.basic_deduction, True),
                TableColumn(self.tr("累计专项扣除"), lambda r: r.balance.special_deduction, True),
                TableColumn(
                    self.tr("累计专项附加扣除"), lambda r: r.balance.additional_deduction, True
                ),
                TableColumn(self.tr("累计其他扣除"), lambda r: r.balance.other_deduction, True),
                TableColumn(self.tr("累计已预扣税额"), lambda r: r.balance.withheld, True),
                TableColumn(self.tr("年休假已休"), lambda r: r.balance.leave_days_taken, True),
            ],
            self,
        )
        layout.addWidget(table_view(self.openings))
        self.year.currentIndexChanged.connect(self._show_year)
        return page

    def _declarations_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        today = clock.today()
        note = QLabel(
            self.tr(
                "每年12月，员工须在个税App中确认下一年度的扣除信息；未确认的扣除次年1月起失效。"
                "员工确认后，点击“确认延续到下一年度”。截止月份带 * 的为尚未确认。"
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        self.items = RowsTableModel(declaration_columns(self, with_employee=True), self)
        layout.addWidget(table_view(self.items))
        bar = QHBoxLayout()
        self.lapsing = QLabel()
        bar.addWidget(self.lapsing)
        bar.addStretch(1)
        self.confirm = QPushButton(self.tr("确认延续到{0}年度…").format(today.year + 1))
        self.confirm.setEnabled(self.actor.may(Permission.EDIT_EMPLOYEES))
        self.confirm.clicked.connect(self._confirm)
        bar.addWidget(self.confirm)
        layout.addLayout(bar)
        return page

    def refresh(self) -> None:
        today = clock.today()
        with self.database.sessions() as session:
            years = opening.years(session)
            self.items.set_rows(declarations.rows(session, self.actor))
            lapsing = declarations.lapsing(session, today.year)
        chosen = self.year.currentData()
        self.year.blockSignals(True)
        self.year.clear()
        for year in sorted({*years, today.year}, reverse=True):
            self.year.addItem(str(year), year)
        self.year.setCurrentIndex(max(0, self.year.findData(chosen)))
        self.year.blockSignals(False)
        self._show_year()
        self.lapsing.setText(
            self.tr("{0} 项扣除未确认{1}年度").format(len(lapsing), today.year + 1)
            if lapsing
            else self.tr("没有待确认的扣除")
        )

    def _show_year(self) -> None:
        with self.database.sessions() as session:
            self.openings.set_rows(opening.rows(session, self.actor, self.year.currentData()))

    def _confirm(self) -> None:
        year = clock.today().year
        question = self.tr(
            "员工已在个税App中确认{0}年度的扣除信息？确认后，{1}年底到期的扣除将延续到{0}年。"
        ).format(year + 1, year)
        if QMessageBox.question(self, self.tr("确认"), question) != QMessageBox.StandardButton.Yes:
            return
        if attempt_saving(
            self,
            self.tr("确认"),
            self.database,
            lambda session: declarations.confirm_next_year(session, self.actor, year),
        ):
            announce(Area.EMPLOYEES, Area.PAYROLL)
            self.refresh()
