"""One way to show rows of plain data in a QTableView: columns declared as data."""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from hrdesk.domain.money import format_money

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
YES_NO = (QT_TRANSLATE_NOOP("Table", "是"), QT_TRANSLATE_NOOP("Table", "否"))  # a bool, shown
ROW_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class TableColumn:
    title: str  # already translated by the screen
    value: Callable[[Any], Any]  # the row's native value: sorts right, and shown via display()
    align_right: bool = False


def display(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return QCoreApplication.translate("Table", YES_NO[0] if value else YES_NO[1])
    if isinstance(value, Decimal):
        return format_money(value)
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


class RowsTableModel(QAbstractTableModel):
    """Rows (light frozen dataclasses) under declared columns; sorts on native values."""

    def __init__(self, columns: Sequence[TableColumn], parent=None):
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list = []

    def set_rows(self, rows: list) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return display(column.value(row))
        if role == SORT_ROLE:
            value = column.value(row)
            if isinstance(value, Decimal):
                return float(value)  # ordering only; the shown text stays exact
            if isinstance(value, date):
                return value.isoformat()
            return "" if value is None else value
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section].title
        return None
