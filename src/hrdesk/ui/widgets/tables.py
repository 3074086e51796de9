"""The one way a screen shows a table: read-only rows, whole-row selection, sized to content."""

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from hrdesk.ui.models.table import ROW_ROLE


def table_view(model) -> QTableView:
    """A view on a RowsTableModel, or on a proxy over one."""
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(26)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    return view


def selected_row(view: QTableView):
    indexes = view.selectionModel().selectedRows()
    return view.model().data(indexes[0], ROW_ROLE) if indexes else None


def selected_rows(view: QTableView) -> list:
    """Every selected row, in the view's order (for views that allow several)."""
    indexes = sorted(view.selectionModel().selectedRows(), key=lambda index: index.row())
    return [view.model().data(index, ROW_ROLE) for index in indexes]
