"""A one-page document on the company's letterhead (信笺): a numbered title, body paragraphs, a
table of facts, and the company's signature and seal line. Offers and certificates use it."""

from dataclasses import dataclass, field
from datetime import date
from io import BytesIO
from pathlib import Path

from hrdesk.documents.fonts import cjk_font
from hrdesk.documents.letters import Letterhead


@dataclass(frozen=True)
class OfficialDocument:
    letterhead: Letterhead
    title: str  # 录用通知书, 收入证明 …
    number: str  # printed top right; "" for none
    salutation: str  # 张三：, or 兹证明 starts the body instead
    paragraphs: list[str]
    facts: list[tuple[str, str]] = field(default_factory=list)  # a two-column table
    closing: list[str] = field(default_factory=list)  # after the table: validity, contact
    dated: date | None = None
    draft: bool = False  # printed across the page: a draft is not to be handed over


def _day(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def _styles(font: str) -> dict:
    from reportlab.lib.styles import ParagraphStyle

    body = ParagraphStyle(
        "body", fontName=font, fontSize=11, leading=20, firstLineIndent=22, wordWrap="CJK"
    )
    plain = ParagraphStyle("plain", parent=body, firstLineIndent=0)
    return {
        "company": ParagraphStyle("company", fontName=font, fontSize=15, leading=20, alignment=1),
        "small": ParagraphStyle("small", fontName=font, fontSize=8.5, leading=12, alignment=1),
        "title": ParagraphStyle("title", fontName=font, fontSize=18, leading=26, alignment=1),
        "number": ParagraphStyle("number", fontName=font, fontSize=9, leading=12, alignment=2),
        "body": body,
        "plain": plain,
        "right": ParagraphStyle("right", parent=plain, alignment=2),
    }


def _letterhead(head: Letterhead, styles: dict) -> list:
    """Logo, company name, address and phone, and a rule under them."""
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import Image, Paragraph, Table, TableStyle

    found = []
    if head.logo:
        found.append(Image(BytesIO(head.logo), width=18 * mm, height=18 * mm, kind="proportional"))
    found.append(Paragraph(head.company or "本公司", styles["company"]))
    parts = (head.address and f"地址：{head.address}", head.phone and f"电话：{head.phone}")
    contact = "　".join(part for part in parts if part)
    if contact:
        found.append(Paragraph(contact, styles["small"]))
    rule = Table([[""]], colWidths=[166 * mm], rowHeights=[2])
    rule.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 1.2, colors.HexColor("#1F4E79"))]))
    return [*found, rule]


def _facts(facts: list[tuple[str, str]], font: str):
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import Table, TableStyle

    table = Table([[label, value] for label, value in facts], colWidths=[40 * mm, 120 * mm])
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), font, 10.5),
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#F2F2F2")),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table


def _story(document: OfficialDocument, font: str) -> list:
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Spacer

    styles, head = _styles(font), document.letterhead
    story = _letterhead(head, styles)
    story += [Spacer(1, 8 * mm), Paragraph(document.title, styles["title"])]
    if document.number:
        story.append(Paragraph(f"编号：{document.number}", styles["number"]))
    story.append(Spacer(1, 6 * mm))
    if document.salutation:
        story.append(Paragraph(document.salutation, styles["plain"]))
    story += [Paragraph(text, styles["body"]) for text in document.paragraphs]
    if document.facts:
        story += [Spacer(1, 4 * mm), _facts(document.facts, font), Spacer(1, 4 * mm)]
    story += [Paragraph(text, styles["body"]) for text in document.closing]
    story += [
        Spacer(1, 14 * mm),
        Paragraph(f"{head.company or '本公司'}（盖章）", styles["right"]),
        Paragraph(_day(document.dated) if document.dated else "　年　月　日", styles["right"]),
    ]
    if head.contact or head.phone:
        line = f"联系人：{head.contact}　电话：{head.phone}"
        story += [Spacer(1, 10 * mm), Paragraph(line, styles["plain"])]
    return story


def render(document: OfficialDocument, password: str | None = None) -> bytes:
    """The PDF's bytes; with a password it opens only with it."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.pdfencrypt import StandardEncryption
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate

    font = cjk_font()
    buffer = BytesIO()
    encrypt = StandardEncryption(password, canPrint=1, canModify=0, canCopy=1) if password else None
    pdf = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=22 * mm,
        rightMargin=22 * mm,
        topMargin=16 * mm,
        bottomMargin=18 * mm,
        title=document.title,
        author=document.letterhead.company,
        encrypt=encrypt,
    )

    def mark(canvas, _doc) -> None:
        if document.draft:
            canvas.saveState()
            canvas.setFont(font, 60)
            canvas.setFillColor(colors.Color(0.8, 0.1, 0.1, alpha=0.18))
            canvas.translate(A4[0] / 2, A4[1] / 2)
            canvas.rotate(35)
            canvas.drawCentredString(0, 0, "草稿")
            canvas.restoreState()

    pdf.build(_story(document, font), onFirstPage=mark, onLaterPages=mark)
    return buffer.getvalue()


def write(path: Path, document: OfficialDocument, password: str | None = None) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(render(document, password))
