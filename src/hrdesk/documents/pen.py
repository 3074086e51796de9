"""Drawing text on a reportlab canvas directly: measured, wrapped and fitted to a width.

Payslips are drawn this way rather than through platypus (Paragraph, Table): a thousand of
them cost little more than reportlab's bare drawString, and the layout stays exact.
"""

import re
from functools import cache

# A run of Latin letters, digits and the signs inside a figure stays on one line.
_CLOSING = set("，。；：、！？）」』”’")
_TOKENS = re.compile(r"[0-9A-Za-z.,%:+\-−×()（）/]+|.", re.S)


# Characters some Chinese fonts lack (文泉驿 has no minus sign), and what prints instead.
_SUBSTITUTES = {"\u2212": "-"}


@cache
def _missing(font: str) -> dict[int, str]:
    from reportlab.pdfbase.pdfmetrics import getFont

    glyphs = getattr(getFont(font).face, "charToGlyph", None)
    if glyphs is None:
        return {}
    return {ord(c): s for c, s in _SUBSTITUTES.items() if ord(c) not in glyphs}


def printable(font: str, text: str) -> str:
    """text with the characters font lacks replaced by their nearest look-alike."""
    missing = _missing(font)
    return text.translate(missing) if missing else text


@cache
def _width_at_one_point(font: str, text: str) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return stringWidth(text, font, 1)


def text_width(font: str, size: float, text: str) -> float:
    return _width_at_one_point(font, text) * size


def wrap(font: str, size: float, text: str, width: float) -> list[str]:
    """text broken into lines at most width wide, between characters (Chinese) or between
    runs of figures and Latin letters, never inside a figure that fits on a line."""
    lines, line, used = [], "", 0.0
    for token in _TOKENS.findall(text):
        token_width = text_width(font, size, token)
        # A closing mark never starts a line: it stays on the line it closes, a little over.
        if line and used + token_width > width and token not in _CLOSING:
            lines.append(line)
            line, used = "", 0.0
            if token == " ":
                continue
        line += token
        used += token_width
    if line:
        lines.append(line)
    return lines


def fit(font: str, size: float, text: str, width: float) -> float:
    """The largest size up to size at which text fits width on one line."""
    natural = text_width(font, size, text)
    return size if natural <= width else size * width / natural


class Pen:
    """Draws on a canvas, or, with no canvas, only measures (the same calls, nothing drawn).
    A page's text goes into one text object, drawn over the page's lines by end_page()."""

    def __init__(self, canvas, font: str):
        self.canvas = canvas
        self.font = font
        self._text = None
        self._size = None

    def text(self, x: float, y: float, text: str, size: float, align: str = "left") -> None:
        if self.canvas is None or not text:
            return
        text = printable(self.font, text)
        if self._text is None:
            self._text = self.canvas.beginText()
        if size != self._size:
            self._text.setFont(self.font, size)
            self._size = size
        if align != "left":
            width = text_width(self.font, size, text)
            x -= width if align == "right" else width / 2
        self._text.setTextOrigin(x, y)
        self._text.textOut(text)

    def end_page(self) -> None:
        if self._text is not None:
            self.canvas.drawText(self._text)
            self._text = self._size = None
        self.canvas.showPage()

    def fill(self, x: float, y: float, width: float, height: float, grey: tuple) -> None:
        if self.canvas is not None:
            self.canvas.setFillColorRGB(*grey)
            self.canvas.rect(x, y, width, height, stroke=0, fill=1)
            self.canvas.setFillColorRGB(0, 0, 0)

    def lines(self, segments: list[tuple[float, float, float, float]], width: float = 0.5):
        if self.canvas is not None:
            self.canvas.setLineWidth(width)
            self.canvas.setStrokeColorRGB(0.45, 0.45, 0.45)
            self.canvas.lines(segments)
            self.canvas.setStrokeColorRGB(0, 0, 0)

    def cut_line(self, y: float, page_width: float) -> None:
        """A dashed line across the whole sheet, edge to edge, with 沿此线裁开 at its left."""
        if self.canvas is None:
            return
        canvas = self.canvas
        canvas.saveState()
        canvas.setDash(4, 3)
        canvas.setLineWidth(0.6)
        canvas.setStrokeColorRGB(0.35, 0.35, 0.35)
        canvas.line(0, y, page_width, y)
        canvas.setFillColorRGB(0.35, 0.35, 0.35)
        canvas.setFont(self.font, 6.5)
        canvas.drawString(12, y + 2, "沿此线裁开")
        canvas.restoreState()
