"""An honest empty page for a screen whose capability has not landed yet."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class EmptyStatePage(QWidget):
    def __init__(self, title: str, promise: str, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setAlignment(Qt.AlignmentFlag.AlignCenter)
        heading = QLabel(title)
        heading.setStyleSheet("font-size: 20px; font-weight: bold")
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        status = QLabel(self.tr("此功能尚未提供"))
        status.setStyleSheet("color: #8a5a00; font-size: 14px")
        status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        detail = QLabel(promise)
        detail.setWordWrap(True)
        detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        detail.setMaximumWidth(520)
        detail.setStyleSheet("color: #555")
        for widget in (heading, status, detail):
            layout.addWidget(widget, alignment=Qt.AlignmentFlag.AlignHCenter)
