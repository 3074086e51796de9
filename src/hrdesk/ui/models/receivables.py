"""The 应收账款 tables that colour their rows: limitation running out, commission held."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from hrdesk.ui.models.table import RowsTableModel
from hrdesk.ui.widgets.forms import ERROR_COLOUR

LIMITATION_WARNING_DAYS = 90


class LimitationModel(RowsTableModel):
    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and index.isValid()
            and self.rows[index.row()].days_left <= LIMITATION_WARNING_DAYS
        ):
            return QBrush(QColor(ERROR_COLOUR))
        return super().data(index, role)


class CommissionModel(RowsTableModel):
    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid():
            entry = self.rows[index.row()]
            if entry.held and entry.release is None:
                return QBrush(QColor(ERROR_COLOUR))
        return super().data(index, role)
