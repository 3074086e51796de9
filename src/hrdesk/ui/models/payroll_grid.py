"""The payroll grid: employees × items, inputs editable, computed figures read-only."""

from collections.abc import Callable
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from hrdesk.domain.money import format_money
from hrdesk.services.attendance import describe as describe_attendance
from hrdesk.services.payroll import GridRow
from hrdesk.ui.models.table import ROW_ROLE, SORT_ROLE

# (input field, header)
INPUT_COLUMNS = [
    ("performance_pay", QT_TRANSLATE_NOOP("PayrollGrid", "绩效工资")),
    ("commission", QT_TRANSLATE_NOOP("PayrollGrid", "提成")),
    ("workday_overtime_hours", QT_TRANSLATE_NOOP("PayrollGrid", "工作日加班(时)")),
    ("rest_day_overtime_hours", QT_TRANSLATE_NOOP("PayrollGrid", "休息日加班(时)")),
    ("holiday_overtime_hours", QT_TRANSLATE_NOOP("PayrollGrid", "节假日加班(时)")),
    ("personal_leave_days", QT_TRANSLATE_NOOP("PayrollGrid", "事假(天)")),
    ("sick_leave_days", QT_TRANSLATE_NOOP("PayrollGrid", "病假(天)")),
    ("other_additions", QT_TRANSLATE_NOOP("PayrollGrid", "其他补贴")),
    ("other_deductions", QT_TRANSLATE_NOOP("PayrollGrid", "其他扣款")),
    ("annual_bonus", QT_TRANSLATE_NOOP("PayrollGrid", "全年一次性奖金")),
]
# (header, how to get it from the payslip's figures)
FIGURE_COLUMNS: list[tuple[str, Callable[[dict], Decimal]]] = [
    (QT_TRANSLATE_NOOP("PayrollGrid", "应发工资"), lambda f: f["应发工资"]),
    (
        QT_TRANSLATE_NOOP("PayrollGrid", "个人社保公积金"),
        lambda f: sum((v for k, v in f.items() if k.endswith("(个人)")), Decimal(0)),
    ),
    (QT_TRANSLATE_NOOP("PayrollGrid", "个人所得税"), lambda f: f["个人所得税"]),
    (QT_TRANSLATE_NOOP("PayrollGrid", "年终奖个税"), lambda f: f["年终奖个税"]),
    (QT_TRANSLATE_NOOP("PayrollGrid", "实发工资"), lambda f: f["实发工资"]),
]
FIXED_COLUMNS = [
    QT_TRANSLATE_NOOP("PayrollGrid", "工号"),
    QT_TRANSLATE_NOOP("PayrollGrid", "姓名"),
    QT_TRANSLATE_NOOP("PayrollGrid", "部门"),
]
FIRST_FIGURE = len(FIXED_COLUMNS) + len(INPUT_COLUMNS)
# 应发 and 实发, which the page shows first, beside the names.
KEY_FIGURE_COLUMNS = (FIRST_FIGURE, FIRST_FIGURE + 4)
MOVED_COLOUR = QColor("#fff2cc")


class PayrollGridModel(QAbstractTableModel):
    def __init__(self, on_edit: Callable[[GridRow, str, Decimal], bool], parent=None):
        super().__init__(parent)
        self.rows: list[GridRow] = []
        self.editable = False
        self.on_edit = on_edit  # saves an input; False when refused

    def set_rows(self, rows: list[GridRow], editable: bool) -> None:
        self.beginResetModel()
        self.rows, self.editable = rows, editable
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return (
            0 if parent.isValid() else len(FIXED_COLUMNS) + len(INPUT_COLUMNS) + len(FIGURE_COLUMNS)
        )

    def _value(self, row: GridRow, column: int):
        if column < len(FIXED_COLUMNS):
            return (row.employee_no, row.name, row.department)[column]
        column -= len(FIXED_COLUMNS)
        if column < len(INPUT_COLUMNS):
            return row.inputs[INPUT_COLUMNS[column][0]]
        column -= len(INPUT_COLUMNS)
        return FIGURE_COLUMNS[column][1](row.figures) if row.figures else None

    def _is_input(self, column: int) -> bool:
        return len(FIXED_COLUMNS) <= column < len(FIXED_COLUMNS) + len(INPUT_COLUMNS)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        value = self._value(row, index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if isinstance(value, Decimal):
                return (
                    ""
                    if value == 0 and role == Qt.ItemDataRole.DisplayRole
                    else format_money(value)
                )
            return "" if value is None else str(value)
        if role == SORT_ROLE:
            return float(value) if isinstance(value, Decimal) else (value or "")
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ToolTipRole and row.figures:
            return describe_attendance(row.figures) or None  # 考勤计入：事假及旷工 1.5 …
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= len(FIXED_COLUMNS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            if row.moved_a_lot:
                return QBrush(MOVED_COLOUR)
            if self._is_input(index.column()) and self.editable:
                return QBrush(QColor("#ffffff"))
            return QBrush(QColor("#f4f4f4"))
        return None

    def flags(self, index):
        flags = super().flags(index)
        if self.editable and self._is_input(index.column()):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not self._is_input(index.column()):
            return False
        try:
            amount = Decimal(str(value).replace(",", "").strip() or "0")
        except InvalidOperation:
            return False
        if amount < 0 or amount != amount.quantize(Decimal("0.01")):
            return False
        field = INPUT_COLUMNS[index.column() - len(FIXED_COLUMNS)][0]
        return self.on_edit(self.rows[index.row()], field, amount)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        headers = FIXED_COLUMNS + [h for _f, h in INPUT_COLUMNS] + [h for h, _g in FIGURE_COLUMNS]
        return QCoreApplication.translate("PayrollGrid", headers[section])
