"""节假日安排: a year's days off, make-up working days and statutory (300%) days — read from
the calendar package, or entered by the clerk for a year the package does not know yet."""

from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
)

from hrdesk.domain.roles import Permission
from hrdesk.services import calendar
from hrdesk.ui.operations import Area
from hrdesk.ui.widgets.fields import DateEdit
from hrdesk.ui.widgets.forms import ServiceDialog

COLUMNS = 4


class HolidaysDialog(ServiceDialog):
    changes = (Area.ATTENDANCE, Area.LEAVE, Area.PAYROLL)

    def __init__(self, database, actor, year: int, parent=None):
        super().__init__(
            database,
            actor,
            self.tr("节假日安排"),
            self.tr(
                "放假（休）、调休上班（班）和法定节假日（加班按300%）。日历包没有的年份，"
                "请按国务院办公厅的放假通知录入全年的日期；录入的日期优先于日历包。"
            ),
            parent,
        )
        self.setMinimumSize(560, 520)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("年份")))
        self.year = QSpinBox()
        self.year.setRange(2004, 2099)
        self.year.setValue(year)
        self.year.valueChanged.connect(self.load)
        top.addWidget(self.year)
        self.source = QLabel()
        top.addWidget(self.source, 1)
        self.form.addRow(top)
        self.table = QTableWidget(0, COLUMNS)
        self.table.setHorizontalHeaderLabels(
            [self.tr("日期"), self.tr("类别"), self.tr("名称"), self.tr("法定节假日")]
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        self.form.addRow(self.table)
        buttons = QHBoxLayout()
        add = QPushButton(self.tr("添加一天"))
        add.clicked.connect(lambda: self._add_row(None))
        remove = QPushButton(self.tr("删除所选"))
        remove.clicked.connect(lambda: self.table.removeRow(self.table.currentRow()))
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        self.form.addRow(buttons)
        if not actor.may(Permission.MANAGE_SETTINGS):
            add.setEnabled(False)
            remove.setEnabled(False)
            self.table.setEnabled(False)
        self.load()

    def load(self) -> None:
        year = self.year.value()
        with self.database.sessions() as session:
            source, days = calendar.year_days(session, year)
        self.source.setText(
            {
                "录入": self.tr("来源：人工录入"),
                "日历包": self.tr("来源：chinese-calendar 日历包"),
                "": self.tr(
                    "日历包没有{0}年的数据：已列出法定节假日，请按国务院的放假通知补上其余放假日和调休上班日后保存"
                ).format(year),
            }[source]
        )
        self.table.setRowCount(0)
        for day in days:
            self._add_row(day)

    def _add_row(self, day) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        when = DateEdit()
        when.set_value(day.day if day else date(self.year.value(), 1, 1))
        kind = QComboBox()
        kind.addItem(self.tr("休（放假）"), calendar.OFF)
        kind.addItem(self.tr("班（调休上班）"), calendar.WORK)
        kind.setCurrentIndex(kind.findData(day.kind if day else calendar.OFF))
        name = QLineEdit(day.name if day else "")
        statutory = QCheckBox(self.tr("300%"))
        statutory.setChecked(bool(day and day.statutory))
        for column, widget in enumerate((when, kind, name, statutory)):
            self.table.setCellWidget(row, column, widget)

    def write(self, session) -> None:
        days = []
        for row in range(self.table.rowCount()):
            when, kind, name, statutory = (self.table.cellWidget(row, c) for c in range(COLUMNS))
            days.append(
                calendar.EnteredDay(
                    when.value(), kind.currentData(), name.text().strip(), statutory.isChecked()
                )
            )
        calendar.save_year(session, self.actor, self.year.value(), days)
