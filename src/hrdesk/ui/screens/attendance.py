"""考勤: the month's attendance sheet (people × days, with totals), its import from 钉钉,
企业微信 or the template, its export, the holiday calendar and the company's attendance rules."""

from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hrdesk import clock
from hrdesk.domain.dates import add_months
from hrdesk.domain.roles import Permission
from hrdesk.services import attendance
from hrdesk.services.actor import Actor
from hrdesk.services.attendance.sheet import TOTALS
from hrdesk.services.database import Database
from hrdesk.ui.dialogs.import_wizard import ImportWizard
from hrdesk.ui.i18n import chosen_language
from hrdesk.ui.models.table import RowsTableModel, TableColumn
from hrdesk.ui.operations import Area, op, refresh_on
from hrdesk.ui.widgets.tables import table_view

MONTHS_SHOWN = 18
# Day cells worth a glance, as shown (shortened): absence red, leave blue, overtime green.
MARKS = (
    (("旷", "缺卡", "迟到", "早退"), QColor("#fde2e1")),
    (("事", "病", "年", "调", "婚", "丧", "产", "请假"), QColor("#e1ecfd")),
    (("加",), QColor("#e3f6e3")),
)


REST_COLOUR = QColor("#e6e6e6")


class SheetModel(RowsTableModel):
    """The sheet's rows; day cells tinted by what the file said, rest days greyed."""

    def __init__(self, parent=None):
        super().__init__([], parent)
        self.day_columns: range = range(0)
        self.rest_columns: set[int] = set()

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if index.column() not in self.day_columns:
            return super().data(index, role)
        said = super().data(index, Qt.ItemDataRole.DisplayRole) or ""  # as the file said it
        if role == Qt.ItemDataRole.BackgroundRole:
            for words, colour in MARKS:
                if any(word in said for word in words):
                    return QBrush(colour)
            return QBrush(REST_COLOUR) if index.column() in self.rest_columns else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return said or None
        if role == Qt.ItemDataRole.DisplayRole:
            return _in_window_language(_short(said))
        return super().data(index, role)


class AttendancePage(QWidget):
    def __init__(self, database: Database, actor: Actor, parent=None):
        super().__init__(parent)
        self.database, self.actor = database, actor
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("考勤"))
        title.setStyleSheet("font-size: 18px; font-weight: bold")
        layout.addWidget(title)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("月份")))
        self.month = QComboBox()
        first = clock.today().replace(day=1)
        for back in range(MONTHS_SHOWN):
            shown = add_months(first, -back)
            self.month.addItem(f"{shown:%Y-%m}", shown)
        with database.sessions() as session:
            latest = attendance.latest_month(session)
        # The month last imported, else last month: attendance comes in after a month ends.
        shown = [self.month.itemData(i) for i in range(self.month.count())]
        self.month.setCurrentIndex(shown.index(latest) if latest in shown else 1)
        self.month.currentIndexChanged.connect(self.refresh)
        bar.addWidget(self.month)
        bar.addStretch(1)
        buttons = (
            (self.tr("导入考勤文件…"), self.import_file, Permission.RUN_PAYROLL),
            (self.tr("导出考勤表…"), self.export, Permission.VIEW_PAYROLL),
            (self.tr("节假日安排…"), self.holidays, Permission.VIEW_PAYROLL),
            (self.tr("考勤规则…"), self.rules, Permission.VIEW_PAYROLL),
        )
        for text, action, permission in buttons:
            button = QPushButton(text)
            button.clicked.connect(action)
            button.setEnabled(actor.may(permission))
            bar.addWidget(button)
        layout.addLayout(bar)
        self.model = SheetModel(self)
        self.view = table_view(self.model)
        self.view.setSelectionBehavior(self.view.SelectionBehavior.SelectItems)
        layout.addWidget(self.view)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        refresh_on(self, [Area.ATTENDANCE, Area.EMPLOYEES, Area.LEAVE], self.refresh)
        self.refresh()

    def chosen_month(self) -> date:
        return self.month.currentData()

    def refresh(self) -> None:
        month = self.chosen_month()
        with self.database.sessions() as session:
            view = attendance.month_sheet(session, self.actor, month)
            closed = attendance.month_closed(session, month)
        self.model.beginResetModel()
        days = range(1, view.day_count + 1)
        locale = QLocale(chosen_language())
        self.model.columns = [
            TableColumn(self.tr("工号"), lambda r: r.employee_no),
            TableColumn(self.tr("姓名"), lambda r: r.name),
            *[
                TableColumn(
                    f"{d}\n{_weekday(locale, month.replace(day=d))}",
                    lambda r, d=d: r.days.get(d, ""),
                )
                for d in days
            ],
            *[
                TableColumn(self.total_title(h), lambda r, h=h: r.totals.get(h), True)
                for h in TOTALS
            ],
            TableColumn(self.tr("来源"), lambda r: r.source),
        ]
        self.model.day_columns = range(2, 2 + view.day_count)
        self.model.rest_columns = {1 + d for d, kind in view.day_kinds.items() if kind != "工作日"}
        self.model.rows = list(view.rows)
        self.model.endResetModel()
        header = self.view.horizontalHeader()
        for column in self.model.day_columns:  # even day columns; the full text is the tooltip
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            self.view.setColumnWidth(column, 46)
        imported = [r for r in view.rows if r.source]
        if imported:
            text = self.tr(
                "{0} 共 {1} 人，已导入 {2} 人（{3}）；事假 {4} 天，病假 {5} 天，旷工 {6} 天，加班 {7} 小时，已计入本月工资录入"
            ).format(
                f"{month:%Y-%m}",
                len(view.rows),
                len(imported),
                imported[0].source,
                view.total("事假天数"),
                view.total("病假天数"),
                view.total("旷工天数"),
                view.total("工作日加班小时")
                + view.total("休息日加班小时")
                + view.total("法定节假日加班小时"),
            )
        else:
            text = self.tr(
                "{0} 尚未导入考勤：点“导入考勤文件…”选择钉钉月度汇总、企业微信每日统计或打卡记录，或hrdesk考勤模板"
            ).format(f"{month:%Y-%m}")
        if closed:
            text += self.tr("。{0}").format(closed)
        self.summary.setText(text)

    def import_file(self) -> None:
        """The import wizard, set to attendance and the month shown; the sheet follows it."""
        month = self.chosen_month()
        wizard = ImportWizard(self.database, self.actor, "attendance", self, month=month)
        wizard.exec()
        if wizard.summary:
            shown = [self.month.itemData(i) for i in range(self.month.count())]
            if wizard.month in shown:
                self.month.setCurrentIndex(shown.index(wizard.month))

    def export(self) -> None:
        month = self.chosen_month()
        suggested = Path.home() / f"考勤表-{month:%Y-%m}.xlsx"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("导出考勤表"), str(suggested), self.tr("Excel 文件 (*.xlsx)")
        )
        if not path:
            return

        def write(_state) -> int:
            with self.database.sessions.begin() as session:
                return attendance.write_sheet(session, self.actor, month, Path(path))

        op(self, self.tr("导出"), write).with_progress(self.tr("正在导出…")).success(
            lambda count: QMessageBox.information(
                self, self.tr("导出"), self.tr("已导出 {0} 人到 {1}").format(count, path)
            )
        ).run_in_background()

    def holidays(self) -> None:
        from hrdesk.ui.dialogs.holidays import HolidaysDialog

        HolidaysDialog(self.database, self.actor, self.chosen_month().year, self).exec()

    def rules(self) -> None:
        from hrdesk.ui.dialogs.attendance_rules import AttendanceRulesDialog

        AttendanceRulesDialog(self.database, self.actor, self).exec()

    def total_title(self, header: str) -> str:
        titles = {
            "应出勤天数": self.tr("应出勤"),
            "出勤天数": self.tr("出勤"),
            "事假天数": self.tr("事假(天)"),
            "病假天数": self.tr("病假(天)"),
            "旷工天数": self.tr("旷工(天)"),
            "年休假天数": self.tr("年休假(天)"),
            "调休天数": self.tr("调休(天)"),
            "其他假天数": self.tr("其他假(天)"),
            "迟到次数": self.tr("迟到(次)"),
            "工作日加班小时": self.tr("工作日加班(h)"),
            "休息日加班小时": self.tr("休息日加班(h)"),
            "法定节假日加班小时": self.tr("节假日加班(h)"),
            "转调休小时": self.tr("转调休(h)"),
            "迟到扣款": self.tr("迟到扣款"),
        }
        return titles[header]


def _short(text: str) -> str:
    """A day cell as the sheet shows it: 正常 as ✓, a normal day with overtime as +3h, the
    rest by their first characters (the colour tells overtime turned into 调休 from paid, and
    the tooltip has the file's words)."""
    if text in ("正常", "√"):
        return "✓"
    if text == "休息":
        return "休"
    for long, short in _SHORT:
        text = text.replace(long, short)
    return text


# A day cell is 46 pixels wide, about three characters: leave and events by their first
# character (年1天, 事4h), a normal day's overtime as +3h.
_SHORT = (
    ("正常 加班", "+"),
    ("（转调休）", ""),
    ("小时", "h"),
    ("年休假", "年"),
    ("年假", "年"),
    ("事假", "事"),
    ("病假", "病"),
    ("调休", "调"),
    ("婚假", "婚"),
    ("丧假", "丧"),
    ("产假", "产"),
    ("加班", "加"),
    ("半天", "½"),
    (" ", ""),
)


def _weekday(locale: QLocale, day: date) -> str:
    """一 … 日 in Chinese, M … S in English: the narrowest name fits a day column."""
    return locale.dayName(day.isoweekday(), QLocale.FormatType.NarrowFormat)


# The marks of a day cell, longest first, in the window's language (休 → off, 事4h → P4h).
_CELL_WORDS = (
    QT_TRANSLATE_NOOP("AttendanceSheet", "迟到"),
    QT_TRANSLATE_NOOP("AttendanceSheet", "早退"),
    QT_TRANSLATE_NOOP("AttendanceSheet", "旷工"),
    QT_TRANSLATE_NOOP("AttendanceSheet", "缺卡"),
    QT_TRANSLATE_NOOP("AttendanceSheet", "请假"),
    QT_TRANSLATE_NOOP("AttendanceSheet", "休"),
    QT_TRANSLATE_NOOP("AttendanceSheet", "年"),
    QT_TRANSLATE_NOOP("AttendanceSheet", "事"),
    QT_TRANSLATE_NOOP("AttendanceSheet", "病"),
    QT_TRANSLATE_NOOP("AttendanceSheet", "调"),
    QT_TRANSLATE_NOOP("AttendanceSheet", "婚"),
    QT_TRANSLATE_NOOP("AttendanceSheet", "丧"),
    QT_TRANSLATE_NOOP("AttendanceSheet", "产"),
    QT_TRANSLATE_NOOP("AttendanceSheet", "加"),
    QT_TRANSLATE_NOOP("AttendanceSheet", "天"),
)


def _in_window_language(text: str) -> str:
    """A day cell as shown; its colour still comes from the Chinese the file said."""
    for mark in _CELL_WORDS:
        if mark in text:
            text = text.replace(mark, QCoreApplication.translate("AttendanceSheet", mark))
    return text
