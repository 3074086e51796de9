"""Print preview and printing of our PDFs through Qt's own dialogs (QtPdf renders the pages)."""

from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

PRINT_DPI = 300


def paint_pdf(document: QPdfDocument, printer: QPrinter) -> int:
    """Draw every page of the document on the printer, each fitted to the paper; returns pages drawn."""
    painter = QPainter(printer)
    try:
        for page in range(document.pageCount()):
            if page:
                printer.newPage()
            target = painter.viewport()
            points = document.pagePointSize(page)
            scale = min(target.width() / points.width(), target.height() / points.height())
            size = QSize(int(points.width() * scale), int(points.height() * scale))
            painter.drawImage(0, 0, document.render(page, size))
    finally:
        painter.end()
    return document.pageCount()


def preview_and_print(parent: QWidget, path: Path) -> None:
    """The print preview dialog: the clerk checks the pages, picks the printer and prints."""
    document = QPdfDocument(parent)
    document.load(str(path))
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setResolution(PRINT_DPI)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(parent.tr("打印预览 — {0}").format(path.name))
    dialog.paintRequested.connect(lambda target: paint_pdf(document, target))
    dialog.exec()
