"""What the 应收账款 tabs share: a toolbar row, sortable tables, where to save a spreadsheet."""

from pathlib import Path

from PySide6.QtCore import QSortFilterProxyModel
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QWidget

from hrdesk.ui.models.table import SORT_ROLE


def bar(*widgets) -> QHBoxLayout:
    bar = QHBoxLayout()
    for widget in widgets:
        if widget is None:
            bar.addStretch(1)
        else:
            bar.addWidget(widget)
    return bar


def note(text: str) -> QLabel:
    """A sentence above a table, wrapped to the page's width rather than widening it."""
    label = QLabel(text)
    label.setWordWrap(True)
    return label


def sortable(model) -> QSortFilterProxyModel:
    proxy = QSortFilterProxyModel(model)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    return proxy


def save_path(parent: QWidget, title: str, suggested: str) -> Path | None:
    path, _ = QFileDialog.getSaveFileName(
        parent, title, str(Path.home() / suggested), parent.tr("Excel 文件 (*.xlsx)")
    )
    return Path(path) if path else None
