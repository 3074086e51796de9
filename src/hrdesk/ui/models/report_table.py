"""A report's rows in a QTableView: figures right-aligned, rates as percentages, 合计 in bold."""

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from hrdesk.domain.money import format_money
from hrdesk.services.reports import Table
from hrdesk.ui.terms import term

KEY_ROLE = Qt.ItemDataRole.UserRole + 3


def shown(value, percent: bool = False, tenths: bool = False) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        if percent:
            return f"{value:.2%}"
        return f"{value:,.1f}" if tenths else format_money(value)
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


class ReportTableModel(QAbstractTableModel):
    """Rows of a report's Table; the 合计 row last, never a drill-down."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.table: Table | None = None
        self.rows: list[list] = []

    def set_table(self, table: Table | None) -> None:
        self.beginResetModel()
        self.table = table
        self.rows = table.all_rows() if table is not None else []
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.table is None else len(self.table.headers)

    def is_total(self, row: int) -> bool:
        return self.table is not None and self.table.total is not None and row == len(self.rows) - 1

    def key(self, row: int):
        if self.table is None or row >= len(self.table.keys):
            return None
        return self.table.keys[row]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        value = row[index.column()] if index.column() < len(row) else None
        if role == Qt.ItemDataRole.DisplayRole:
            column = index.column()
            return shown(
                value, column in self.table.percent_columns, column in self.table.tenths_columns
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, Decimal | int):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and self.is_total(index.row()):
            font = QFont()
            font.setBold(True)
            return font
        if role == KEY_ROLE:
            return self.key(index.row())
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and self.table is not None
        ):
            return term(self.table.headers[section])
        return None
