"""The 对账函 list's rows, coloured: red for no reply or an open dispute, grey for void."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from hrdesk.domain.letters import NO_REPLY, LetterStatus
from hrdesk.ui.models.table import RowsTableModel
from hrdesk.ui.widgets.forms import ERROR_COLOUR

VOID_COLOUR = "#999999"


class LetterModel(RowsTableModel):
    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid():
            row = self.rows[index.row()]
            if row.dispute_open or row.status == NO_REPLY:
                return QBrush(QColor(ERROR_COLOUR))
            if row.status == LetterStatus.VOID:
                return QBrush(QColor(VOID_COLOUR))
        return super().data(index, role)
