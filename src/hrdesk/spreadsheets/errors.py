"""The error a spreadsheet file as a whole raises (its message through messages._)."""


class SpreadsheetError(ValueError):
    """The file as a whole cannot be read; the message says why, in the chosen language."""
