"""薪资: the month's grid — type the inputs, see every figure recalculated, check, approve, pay.
Its files (工资表, 个税申报表, 代发文件, 工资条) are made by files.PayrollFiles."""

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from hrdesk import clock
from hrdesk.domain.dates import add_months
from hrdesk.domain.money import format_money
from hrdesk.domain.roles import Permission
from hrdesk.services import payroll
from hrdesk.services.actor import Actor
from hrdesk.services.database import Database
from hrdesk.services.tax_year.cumulation import EXPLAINED_KEYS, bonus_lines, source_lines
from hrdesk.ui.dialogs.payroll_entries import AdjustmentDialog, LossDialog, ask_bonus_method
from hrdesk.ui.dialogs.tax_year import TaxYearDialog
from hrdesk.ui.models.payroll_grid import KEY_FIGURE_COLUMNS, PayrollGridModel
from hrdesk.ui.models.table import ROW_ROLE, SORT_ROLE
from hrdesk.ui.operations import Area, announce, op, refresh_on
from hrdesk.ui.screens.payroll.files import PayrollFiles
from hrdesk.ui.widgets.tables import table_view

# The month's states as the services name them, marked here for translation.
STATUS_NAMES = [
    QT_TRANSLATE_NOOP("PayrollStatus", "草稿"),
    QT_TRANSLATE_NOOP("PayrollStatus", "已计算"),
    QT_TRANSLATE_NOOP("PayrollStatus", "已审核"),
    QT_TRANSLATE_NOOP("PayrollStatus", "已发放"),
]


class DepartmentFilter(QSortFilterProxyModel):
    department = ""

    def filterAcceptsRow(self, source_row, source_parent) -> bool:
        row = self.sourceModel().rows[source_row]
        return (
            not self.department
            or row.department == self.department
            or row.department.startswith(self.department + "/")
        )


class PayrollPage(QWidget):
    def __init__(self, database: Database, actor: Actor, parent=None):
        super().__init__(parent)
        self.database, self.actor = database, actor
        self.view_data: payroll.MonthView | None = None
        self.files = PayrollFiles(self, database, actor)
        layout = QVBoxLayout(self)
        layout.addLayout(self._month_bar())
        layout.addLayout(self._actions_bar())
        layout.addWidget(self._grid_and_breakdown(), stretch=1)
        self.totals = QLabel()
        layout.addWidget(self.totals)
        self._fill_months()
        self._connect()
        refresh_on(self, [Area.PAYROLL, Area.ATTENDANCE, Area.EMPLOYEES], self.refresh)
        self.refresh()

    def _month_bar(self) -> QHBoxLayout:
        """The month, its state, a department, and the month's three steps."""
        bar = QHBoxLayout()
        self.month = QComboBox()
        self.status = QLabel()
        self.status.setStyleSheet("font-weight: bold")
        self.department = QComboBox()
        self.department.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.run_button = QPushButton(self.tr("计算"))
        self.approve_button = QPushButton(self.tr("审核并锁定"))
        self.paid_button = QPushButton(self.tr("标记已发放"))
        for widget in (QLabel(self.tr("月份")), self.month, self.status, self.department):
            bar.addWidget(widget)
        bar.addStretch(1)
        for button in (self.run_button, self.approve_button, self.paid_button):
            bar.addWidget(button)
        return bar

    def _actions_bar(self) -> QHBoxLayout:
        """Corrections on the left, the month's outputs on the right: a second row, so nothing
        falls off a laptop screen."""
        self.loss_button = QPushButton(self.tr("登记损失…"))
        self.adjust_button = QPushButton(self.tr("更正调整…"))
        self.bonus_button = QPushButton(self.tr("奖金计税方式…"))
        self.tax_year_button = QPushButton(self.tr("期初与扣除…"))
        self.register_button = QPushButton(self.tr("工资表…"))
        self.tax_button = QPushButton(self.tr("个税申报表…"))
        self.bank_button = QPushButton(self.tr("代发文件…"))
        self.payslips_button = QPushButton(self.tr("工资条…"))
        self.print_button = QPushButton(self.tr("打印工资条…"))
        self.email_button = QPushButton(self.tr("发送工资条邮件…"))
        actions = QHBoxLayout()
        for button in (self.loss_button, self.adjust_button, self.bonus_button):
            actions.addWidget(button)
        actions.addWidget(self.tax_year_button)
        actions.addStretch(1)
        for button in (
            self.register_button,
            self.tax_button,
            self.bank_button,
            self.payslips_button,
            self.print_button,
            self.email_button,
        ):
            actions.addWidget(button)
        return actions

    def _grid_and_breakdown(self) -> QSplitter:
        """The grid, 应发 and 实发 beside the names so they are seen without scrolling, and the
        selected employee's breakdown in a splitter beside it."""
        self.model = PayrollGridModel(self._save_input, self)
        self.proxy = DepartmentFilter(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.grid = table_view(self.proxy)
        self.grid.setSortingEnabled(True)
        self.grid.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.grid.setEditTriggers(
            self.grid.EditTrigger.DoubleClicked
            | self.grid.EditTrigger.EditKeyPressed
            | self.grid.EditTrigger.AnyKeyPressed
        )
        self.grid.setSelectionBehavior(self.grid.SelectionBehavior.SelectItems)
        header = self.grid.horizontalHeader()
        for place, column in enumerate(KEY_FIGURE_COLUMNS, start=2):  # after 工号 and 姓名
            header.moveSection(header.visualIndex(column), place)
        self.breakdown = QPlainTextEdit()
        self.breakdown.setReadOnly(True)
        self.breakdown.setPlaceholderText(self.tr("选中一名员工，这里逐项说明他的工资和个税。"))
        splitter = QSplitter()
        splitter.addWidget(self.grid)
        splitter.addWidget(self.breakdown)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([900, 240])
        return splitter

    def _fill_months(self) -> None:
        today = clock.today().replace(day=1)
        with self.database.sessions() as session:
            months = sorted(
                {*payroll.known_months(session), today, add_months(today, -1)}, reverse=True
            )
        for month in months:
            self.month.addItem(f"{month:%Y-%m}", month.isoformat())  # not a QDate
        self.month.setCurrentIndex(self.month.findData(add_months(today, -1).isoformat()))

    def _connect(self) -> None:
        self.month.currentIndexChanged.connect(self.refresh)
        self.department.currentIndexChanged.connect(self._filter)
        self.grid.selectionModel().currentChanged.connect(self._explain)
        self.run_button.clicked.connect(self.calculate)
        self.approve_button.clicked.connect(self.approve)
        self.paid_button.clicked.connect(self.mark_paid)
        for button, writer, title, file_stem in (
            (self.register_button, payroll.write_register, self.tr("工资表"), "工资表"),
            (self.tax_button, payroll.write_tax_file, self.tr("个税申报表"), "个税申报表"),
        ):
            button.clicked.connect(
                lambda _checked=False, w=writer, t=title, f=file_stem: self.files.export(
                    w, t, f, self.current_month
                )
            )
        for button, make in (
            (self.bank_button, self.files.bank_file),
            (self.payslips_button, self.files.payslips),
            (self.print_button, self.files.print_payslips),
            (self.email_button, self.files.email_payslips),
        ):
            button.clicked.connect(lambda _checked=False, m=make: m(self.current_month))
        self.loss_button.clicked.connect(self.add_loss)
        self.adjust_button.clicked.connect(self.add_adjustment)
        self.bonus_button.clicked.connect(self.choose_bonus_method)
        self.tax_year_button.clicked.connect(
            lambda: TaxYearDialog(self.database, self.actor, self).exec()
        )

    @property
    def current_month(self) -> date:
        return date.fromisoformat(self.month.currentData())

    def refresh(self) -> None:
        with self.database.sessions() as session:
            self.view_data = payroll.month_view(session, self.actor, self.current_month)
        view = self.view_data
        self.model.set_rows(
            view.rows, editable=not view.locked and self.actor.may(Permission.RUN_PAYROLL)
        )
        self.status.setText(QCoreApplication.translate("PayrollStatus", view.status))
        calculated = any(r.figures for r in view.rows)
        self.run_button.setEnabled(not view.locked and self.actor.may(Permission.RUN_PAYROLL))
        self.approve_button.setEnabled(
            view.status == payroll.CALCULATED and self.actor.may(Permission.APPROVE_PAYROLL)
        )
        self.paid_button.setEnabled(
            view.status == payroll.APPROVED and self.actor.may(Permission.APPROVE_PAYROLL)
        )
        for button in (self.loss_button, self.adjust_button, self.bonus_button):
            button.setEnabled(not view.locked and self.actor.may(Permission.RUN_PAYROLL))
        for button in (
            self.register_button,
            self.tax_button,
            self.payslips_button,
            self.print_button,
        ):
            button.setEnabled(calculated)
        self.bank_button.setEnabled(view.locked and self.actor.may(Permission.APPROVE_PAYROLL))
        self.email_button.setEnabled(view.locked)  # only an approved month's payslips are sent
        current = self.department.currentData()
        self.department.blockSignals(True)
        self.department.clear()
        self.department.addItem(self.tr("全部部门"), "")
        for path in sorted({r.department for r in view.rows}):
            self.department.addItem(path, path)
        self.department.setCurrentIndex(max(0, self.department.findData(current)))
        self.department.blockSignals(False)
        self._show_totals()

    def _filter(self) -> None:
        self.proxy.beginFilterChange()
        self.proxy.department = self.department.currentData() or ""
        self.proxy.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        self._show_totals()

    def _show_totals(self) -> None:
        shown = [
            self.proxy.data(self.proxy.index(i, 0), ROW_ROLE) for i in range(self.proxy.rowCount())
        ]
        gross = sum((r.figures.get("应发工资", Decimal(0)) for r in shown), Decimal(0))
        net = sum((r.figures.get("实发工资", Decimal(0)) for r in shown), Decimal(0))
        moved = sum(1 for r in shown if r.moved_a_lot)
        text = self.tr("{0} 人　应发合计 {1}　实发合计 {2}").format(
            len(shown), format_money(gross), format_money(net)
        )
        if moved:
            text += self.tr("　　黄色：实发比上月变动超过20%的 {0} 人").format(moved)
        self.totals.setText(text)

    def _save_input(self, row: payroll.GridRow, field: str, amount: Decimal) -> bool:
        """An edited input is saved and the month recalculated at once."""
        values = dict(row.inputs, **{field: amount})
        try:
            with self.database.sessions.begin() as session:
                payroll.save_inputs(
                    session, self.actor, self.current_month, row.employee_id, values
                )
                payroll.run(session, self.actor, self.current_month)
        except (ValueError, payroll.LockedMonthError) as exc:
            QMessageBox.warning(self, self.tr("不能修改"), str(exc))
            return False
        announce(Area.PAYROLL)  # this page and 首页 show the month recalculated
        return True

    def _explain(self, index) -> None:
        row = self.proxy.data(index, ROW_ROLE) if index.isValid() else None
        if row is None or not row.figures:
            self.breakdown.setPlainText(self.tr("计算后在这里逐项说明所选员工的工资。"))
            return
        lines = [f"{row.employee_no} {row.name}", ""]
        lines += [
            f"{label}：{format_money(value)}" if label != "预扣率" else f"{label}：{value * 100:g}%"
            for label, value in row.figures.items()
            if label not in EXPLAINED_KEYS
        ]
        # Where the cumulative figures came from, and the bonus taxed both ways.
        lines += ["", *source_lines(row.figures, self.current_month)]
        lines += bonus_lines(row.figures)
        self.breakdown.setPlainText("\n".join(lines))

    def calculate(self) -> None:
        month = self.current_month
        op(self, self.tr("计算失败"), lambda _state: self._run(month)).with_progress(
            self.tr("正在计算…")
        ).changes(Area.PAYROLL).success(self._calculated).run_in_background()

    def _run(self, month: date) -> payroll.RunSummary:
        with self.database.sessions.begin() as session:
            return payroll.run(session, self.actor, month)

    def _calculated(self, summary: payroll.RunSummary) -> None:
        if summary.warnings:
            QMessageBox.warning(self, self.tr("计算完成，请核对"), "\n".join(summary.warnings[:20]))

    def approve(self) -> None:
        question = self.tr(
            "审核后 {0} 工资将锁定，不能再修改，更正只能在以后的月份调整。继续？"
        ).format(f"{self.current_month:%Y-%m}")
        if QMessageBox.question(self, self.tr("审核"), question) != QMessageBox.StandardButton.Yes:
            return
        self._step(self.tr("审核"), payroll.approve)

    def mark_paid(self) -> None:
        self._step(self.tr("标记已发放"), payroll.mark_paid)

    def _step(self, title: str, step) -> None:
        """审核 or 标记已发放: the month's state moves on; the page follows from Area.PAYROLL."""
        month = self.current_month

        def work(_state) -> None:
            with self.database.sessions.begin() as session:
                step(session, self.actor, month)

        op(self, title, work).changes(Area.PAYROLL).run_in_background()

    def _selected_row(self) -> payroll.GridRow | None:
        index = self.grid.currentIndex()
        row = self.proxy.data(index, ROW_ROLE) if index.isValid() else None
        if row is None:
            QMessageBox.information(
                self, self.tr("请选择员工"), self.tr("请先在表格中选中一名员工。")
            )
        return row

    def add_loss(self) -> None:
        row = self._selected_row()
        if row is not None and LossDialog(self.database, self.actor, row, self).exec():
            self.calculate()

    def choose_bonus_method(self) -> None:
        """The employee's choice for this month's bonus, with both figures before deciding."""
        row = self._selected_row()
        merged = ask_bonus_method(self, row) if row is not None else None
        if merged is not None:
            self._save_input(row, "bonus_merged", merged)

    def add_adjustment(self) -> None:
        row = self._selected_row()
        if (
            row is not None
            and AdjustmentDialog(self.database, self.actor, row, self.current_month, self).exec()
        ):
            self.calculate()
