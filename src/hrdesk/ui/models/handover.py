"""The handover checklist's rows, a required step past its date in red."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from hrdesk import clock
from hrdesk.services import separations
from hrdesk.ui.models.table import RowsTableModel
from hrdesk.ui.widgets.forms import ERROR_COLOUR


class ChecklistModel(RowsTableModel):
    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid():
            row = self.rows[index.row()]
            if row.status == separations.TODO and row.required and row.due_on < clock.today():
                return QBrush(QColor(ERROR_COLOUR))
        return super().data(index, role)
