"""报表: pick a report and its months; see its chart and table, open the rows behind any
figure (double-click a row or click a bar), export to Excel, and to PDF or the printer."""

import dataclasses
import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hrdesk import clock
from hrdesk.services import reports, settings
from hrdesk.services.actor import Actor
from hrdesk.services.database import Database
from hrdesk.ui.charts import ChartView, chart_png
from hrdesk.ui.models.report_table import ReportTableModel
from hrdesk.ui.operations import Area, op, refresh_on
from hrdesk.ui.printing import preview_and_print
from hrdesk.ui.terms import phrase, term
from hrdesk.ui.widgets.fields import DateEdit
from hrdesk.ui.widgets.forms import attempt

TITLES = {
    "payroll-cost": QT_TRANSLATE_NOOP("Reports", "人工成本"),
    "headcount": QT_TRANSLATE_NOOP("Reports", "人数与离职率"),
    "collection": QT_TRANSLATE_NOOP("Reports", "回款达成"),
    "dso": QT_TRANSLATE_NOOP("Reports", "DSO 周转天数"),
    "overdue": QT_TRANSLATE_NOOP("Reports", "逾期趋势"),
    "risk": QT_TRANSLATE_NOOP("Reports", "回款风险"),
    "register": QT_TRANSLATE_NOOP("Reports", "年度工资汇总"),
    "attendance": QT_TRANSLATE_NOOP("Reports", "考勤汇总"),
    "leave": QT_TRANSLATE_NOOP("Reports", "休假汇总"),
}


def _title(name: str) -> str:
    return QCoreApplication.translate("Reports", TITLES[name])


def _month_edit(month: date) -> QDateEdit:
    edit = QDateEdit(QDate(month.year, month.month, 1))
    edit.setDisplayFormat("yyyy-MM")
    return edit


def _month_of(edit: QDateEdit) -> date:
    chosen = edit.date()
    return date(chosen.year(), chosen.month(), 1)


def _table_view(model) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(24)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    return view


def _save_path(parent: QWidget, title: str, suggested: str, pattern: str) -> Path | None:
    path, _ = QFileDialog.getSaveFileName(parent, title, str(Path.home() / suggested), pattern)
    return Path(path) if path else None


class DetailDialog(QDialog):
    """The rows behind one figure, with their own export."""

    def __init__(self, table: reports.Table, parent: QWidget | None = None):
        super().__init__(parent)
        self.table = table
        self.setWindowTitle(table.title)
        self.resize(820, 480)
        layout = QVBoxLayout(self)
        self.model = ReportTableModel(self)
        self.model.set_table(table)
        self.view = _table_view(self.model)
        self.view.resizeColumnsToContents()
        layout.addWidget(QLabel(self.tr("共 {0} 行").format(len(table.rows))))
        layout.addWidget(self.view)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        export = buttons.addButton(self.tr("导出 Excel…"), QDialogButtonBox.ButtonRole.ActionRole)
        export.clicked.connect(self.export)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def export(self) -> None:
        path = _save_path(self, self.tr("导出明细"), f"{self.table.title}.xlsx", "Excel (*.xlsx)")
        if path is not None:
            table = self.table
            op(
                self, self.tr("导出明细"), lambda _state: reports.write_xlsx(path, table)
            ).with_progress(self.tr("正在导出…")).run_in_background()


class ReportsPage(QWidget):
    def __init__(self, database: Database, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.database = database
        self.actor = actor
        self.table: reports.Table | None = None
        self.period: reports.Period | None = None
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("报表"))
        title.setStyleSheet("font-size: 18px; font-weight: bold")
        layout.addWidget(title)
        layout.addLayout(self._controls())
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #666")
        layout.addWidget(self.note)
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.chart = ChartView()
        self.chart.picked.connect(self._bar_picked)
        splitter.addWidget(self.chart)
        self.model = ReportTableModel(self)
        self.view = _table_view(self.model)
        self.view.doubleClicked.connect(lambda index: self.open_detail(index.row()))
        splitter.addWidget(self.view)
        splitter.setSizes([330, 330])
        layout.addWidget(splitter, stretch=1)
        refresh_on(self, list(Area), self.refresh, lazy=True)  # reports read every area
        self.refresh()

    def _controls(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.picker = QComboBox()
        for report in reports.REPORTS:
            if self.actor.may(report.permission):
                self.picker.addItem(_title(report.name), report.name)
        today = clock.today()
        default = reports.default_period(today)
        self.first = _month_edit(default.first)
        self.last = _month_edit(default.last)
        self.as_of = DateEdit()
        self.show_button = QPushButton(self.tr("查看"))
        self.xlsx_button = QPushButton(self.tr("导出 Excel…"))
        self.pdf_button = QPushButton(self.tr("导出 PDF…"))
        self.print_button = QPushButton(self.tr("打印…"))
        self.picker.currentIndexChanged.connect(self._report_changed)
        self.show_button.clicked.connect(self.refresh)
        self.xlsx_button.clicked.connect(self.export_xlsx)
        self.pdf_button.clicked.connect(self.export_pdf)
        self.print_button.clicked.connect(self.print_report)
        self.as_of_label = QLabel(self.tr("截止日期"))
        self.months_label = QLabel(self.tr("月份"))
        self.to_label = QLabel(self.tr("至"))
        for widget in (
            QLabel(self.tr("报表")),
            self.picker,
            self.months_label,
            self.first,
            self.to_label,
            self.last,
            self.as_of_label,
            self.as_of,
            self.show_button,
        ):
            bar.addWidget(widget)
        bar.addStretch()
        for widget in (self.xlsx_button, self.pdf_button, self.print_button):
            bar.addWidget(widget)
        return bar

    @property
    def report(self) -> reports.Report | None:
        name = self.picker.currentData()
        return reports.BY_NAME[name] if name else None

    def open_record(self, name) -> None:
        """首页 opens a report by its name."""
        index = self.picker.findData(name)
        if index >= 0:
            self.picker.setCurrentIndex(index)

    def _report_changed(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        report = self.report
        if report is None:
            return
        months = report.uses_months
        for widget in (self.first, self.last, self.months_label, self.to_label):
            widget.setVisible(months)
        self.as_of.setVisible(not months)
        self.as_of_label.setVisible(not months)
        self.pdf_button.setEnabled(True)
        self.print_button.setEnabled(report.printable)

        try:
            period = reports.Period(_month_of(self.first), _month_of(self.last), self.as_of.value())
        except ValueError as error:
            QMessageBox.warning(self, self.tr("报表"), str(error))
            return

        def build(_progress=None):
            with self.database.sessions() as session:
                return period, reports.build(session, self.actor, report.name, period)

        if self.isVisible():  # a shown page stays responsive while a large report is read
            self.note.setText(self.tr("正在生成报表…"))
            op(self, self.tr("报表"), build).with_progress(self.tr("正在生成报表…")).success(
                self._show
            ).run_in_background()
        else:  # being built: show the first report with the page
            built = attempt(self, self.tr("报表"), build)
            if built is not None:
                self._show(built)

    def _show(self, built) -> None:
        self.period, self.table = built
        self.model.set_table(self.table)
        self.view.resizeColumnsToContents()
        self.note.setText(phrase(self.table.note))
        self.chart.show_data(_in_window_language(self.table.chart))

    def open_detail(self, row: int) -> None:
        key = self.model.key(row)
        if key is None or self.report is None:
            return
        name = self.report.name

        def load():
            with self.database.sessions() as session:
                return reports.detail(session, self.actor, name, key, self.period)

        table = attempt(self, self.tr("明细"), load)
        if table is not None:
            dialog = DetailDialog(table, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.show()

    def _bar_picked(self, category, series) -> None:
        """A bar of a month × department (人工成本) or a month (人数, 逾期) opens its rows."""
        name = self.report.name if self.report else ""
        wanted = {
            "payroll-cost": (category, series),
            "headcount": category,
            "overdue": category,
        }.get(name)
        if wanted is not None and self.table is not None and wanted in self.table.keys:
            self.open_detail(self.table.keys.index(wanted))

    def _pdf(self, path: Path):
        """The work of writing the shown report as a PDF, run off the UI thread."""
        table, subtitle = self.table, reports.subtitle(self.report, self.period)

        def write(_state) -> Path:
            with self.database.sessions() as session:
                company = settings.get(session, "company_name")
            chart = table.chart
            picture = chart_png(chart, 1800, 840, 200) if chart and chart.categories else None
            reports.common.write_pdf(path, table, company, subtitle, picture)
            return path

        return write

    def export_xlsx(self) -> None:
        if self.table is None:
            return
        path = _save_path(self, self.tr("导出报表"), f"{self.table.title}.xlsx", "Excel (*.xlsx)")
        if path is not None:
            table = self.table
            op(
                self, self.tr("导出报表"), lambda _state: reports.write_xlsx(path, table)
            ).with_progress(self.tr("正在导出…")).run_in_background()

    def export_pdf(self) -> None:
        if self.table is None:
            return
        path = _save_path(self, self.tr("导出 PDF"), f"{self.table.title}.pdf", "PDF (*.pdf)")
        if path is not None:
            op(self, self.tr("导出 PDF"), self._pdf(path)).with_progress(
                self.tr("正在导出…")
            ).run_in_background()

    def print_report(self) -> None:
        if self.table is None:
            return
        path = Path(tempfile.mkdtemp(prefix="hrdesk-report-")) / f"{self.table.title}.pdf"
        op(self, self.tr("打印"), self._pdf(path)).with_progress(self.tr("正在准备打印…")).success(
            lambda made: preview_and_print(self, made)
        ).run_in_background()


def _in_window_language(chart):
    """The chart's title and unit in the window's language (the chart itself in Chinese)."""
    if chart is None:
        return None
    title, unit = phrase(chart.title), term(chart.unit)
    if (title, unit) == (chart.title, chart.unit):
        return chart
    return dataclasses.replace(chart, title=title, unit=unit)
