"""What stops a spreadsheet's import: the file as a whole (SpreadsheetError, raised) or one
of its cells, rows or columns (Problem, collected). Their messages through messages._."""

from dataclasses import dataclass

from hrdesk.messages import _


class SpreadsheetError(ValueError):
    """The file as a whole cannot be read; the message says why, in the chosen language."""


@dataclass(frozen=True)
class Problem:
    """One reason an import cannot go ahead: 第N行 列名: 原因."""

    row: int | None  # Excel's row number; None for the file as a whole
    column: str | None
    reason: str

    def __str__(self) -> str:
        where = _("第{row}行 ").format(row=self.row) if self.row is not None else ""
        column = f"{self.column}: " if self.column else ""
        return f"{where}{column}{self.reason}"
