"""对账函: the confirmation letters page, and what it does with their PDFs and reply scans."""

from hrdesk.ui.screens.letters.page import DISPUTES, LettersPage

__all__ = ["DISPUTES", "LettersPage"]
