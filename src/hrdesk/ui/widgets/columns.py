"""Tables that fit a laptop screen: columns fit their contents up to a limit, the text a column
cuts short ends in … and shows in full as a tooltip, and a toolbar keeps rare actions in 更多."""

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QMenu,
    QPushButton,
    QStyledItemDelegate,
    QToolTip,
)

WIDEST = 240  # px: a name or a reason longer than this is cut, and read in its tooltip
_PADDING = 8


class CutTextTips(QStyledItemDelegate):
    """Shows a cell's full text as its tooltip when the column is too narrow for it."""

    def helpEvent(self, event, view, option, index) -> bool:
        if event.type() == QEvent.Type.ToolTip and index.data(Qt.ItemDataRole.ToolTipRole) is None:
            text = index.data()
            width = option.fontMetrics.horizontalAdvance(str(text)) if text is not None else 0
            if width > view.visualRect(index).width() - _PADDING:
                QToolTip.showText(event.globalPos(), str(text), view)
                return True
            QToolTip.hideText()
        return super().helpEvent(event, view, option, index)


def fit_columns(view: QAbstractItemView, widest: int = WIDEST, stretch: int | None = None) -> None:
    """Columns as wide as their contents but no wider than `widest`; the `stretch` column (or
    the last) takes the room left."""
    header = view.horizontalHeader() if hasattr(view, "horizontalHeader") else view.header()
    header.setMaximumSectionSize(widest)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch is not None:
        header.setStretchLastSection(False)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.setItemDelegate(CutTextTips(view))


def more_button(actions: list[QAction]) -> QPushButton:
    """更多 ▾: the actions a clerk needs now and then, out of the toolbar's way."""
    button = QPushButton(QCoreApplication.translate("Columns", "更多"))
    menu = QMenu(button)
    for action in actions:
        menu.addAction(action)
    button.setMenu(menu)
    return button
