"""The floor's font: the file hrdesk embeds, registered as plain reportlab does it.

hrdesk keeps the font's tables after the first PDF (documents/fonts.py); that is hrdesk's own
work, so the floors register a separate, plain TTFont of the same file and face."""

from functools import cache


@cache
def bare_font() -> str:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    from hrdesk.documents.fonts import CANDIDATES

    path, index = next((path, index) for path, index in CANDIDATES if path.is_file())
    pdfmetrics.registerFont(TTFont("BareCJK", str(path), subfontIndex=index))
    return "BareCJK"
