"""The wizard's read-only grids: sheet preview, mapping and problems, and their figures."""

from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem


def table(headers: list[str]) -> QTableWidget:
    """A read-only grid whose columns fit their contents, none wider than a merged title needs."""
    grid = QTableWidget(0, len(headers))
    grid.setHorizontalHeaderLabels(headers)
    grid.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    grid.verticalHeader().hide()
    grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    grid.horizontalHeader().setStretchLastSection(True)
    grid.horizontalHeader().setMaximumSectionSize(220)  # a merged title must not widen its column
    return grid


def fill(grid: QTableWidget, rows: list[list]) -> None:
    """Show the rows, each cell as text, a long one in full in its tooltip."""
    grid.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row[: grid.columnCount()]):
            item = QTableWidgetItem("" if value is None else str(value))
            item.setToolTip(item.text())
            grid.setItem(r, c, item)


def figure(value) -> str:
    """A day or hour count as a clerk reads it: blank for none, no trailing zeros."""
    if not value:
        return ""
    text = f"{value:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text
