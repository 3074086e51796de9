"""The Chinese font every PDF embeds, so that it prints the same on any PC and its text can
be searched and copied (reportlab's built-in STSong-Light is not embedded and garbles digits)."""

import os
from functools import cache
from pathlib import Path

FONT_NAME = "HrdeskCJK"

# (path, index of the face inside a .ttc collection), the first found wins.
CANDIDATES = [
    (Path(os.environ.get("WINDIR", "C:/Windows")) / "Fonts" / "msyh.ttc", 0),  # Microsoft YaHei
    (Path(os.environ.get("WINDIR", "C:/Windows")) / "Fonts" / "simsun.ttc", 0),  # SimSun
    (Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"), 0),  # Debian fonts-wqy-zenhei
    (Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"), 2),
    (Path("/System/Library/Fonts/PingFang.ttc"), 0),
]


class DocumentError(Exception):
    """A document cannot be made (message in Chinese)."""


@cache
def cjk_font() -> str:
    """Register the first Chinese TrueType font found and return its name for reportlab."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for path, index in CANDIDATES:
        if path.is_file():
            font = TTFont(FONT_NAME, str(path), subfontIndex=index)
            # Every PDF embeds a subset of the font, made from a few of its tables; reportlab
            # copies each table out of the file again for every subset (the glyph table is
            # megabytes). Copied once, a thousand payslips save a thousand copies.
            font.face.get_table = cache(font.face.get_table)
            pdfmetrics.registerFont(font)
            return FONT_NAME
    raise DocumentError("找不到中文字体（微软雅黑、宋体或文泉驿正黑），无法生成 PDF")
