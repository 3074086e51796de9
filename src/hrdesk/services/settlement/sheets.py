"""The settlement laid out: the quote as a spreadsheet, the 离职结算单 as a PDF for signature."""

from sqlalchemy.orm import Session

from hrdesk.domain.money import format_money
from hrdesk.services import separations, settings
from hrdesk.services.actor import Actor
from hrdesk.services.settlement.owed import Assessment, assess, quote, settlement_lines
from hrdesk.spreadsheets.writing import SheetData, write_workbook

QUOTE_HEADERS = ["项目", "金额", "计算依据"]


def quote_rows(found: Assessment) -> list[list]:
    """The quote's rows in QUOTE_HEADERS' order, the 合计 row last, then the tax and warnings."""
    rows = [[label, amount, how] for label, amount, how in settlement_lines(found)]
    rows.append(["合计", found.settlement_total, "未扣社会保险、住房公积金和个人所得税"])
    if found.severance_tax is not None:
        tax = found.severance_tax
        rows.append(
            [
                f"{found.termination.item}个人所得税",
                tax.tax,
                f"单独计税：当地上年职工平均工资3倍以内免税{format_money(tax.exempt)}元，"
                f"超过部分{format_money(tax.taxable)}元按综合所得税率表计税（财税〔2018〕164号第五条）",
            ]
        )
    rows += [["提示", None, warning] for warning in found.warnings]
    return rows


def write_quote(session: Session, actor: Actor, employee_no: str, path, **kwargs) -> Assessment:
    found = quote(session, actor, employee_no, **kwargs)
    write_workbook(
        path,
        [SheetData(f"离职结算试算{employee_no}", QUOTE_HEADERS, quote_rows(found), {2: 90})],
    )
    return found


def write_settlement(session: Session, actor: Actor, separation_id: int, path) -> Assessment:
    """离职结算单 as a PDF for signature."""
    from hrdesk.documents.handover import SettlementData
    from hrdesk.documents.handover import write_settlement as write_pdf

    found = assess(session, actor, separation_id)
    separation = separations.get(session, separation_id)
    item = found.termination.item if found.termination else "经济补偿"
    notes = [
        f"除{item}外，以上各项随最后一个月工资发放，照常扣缴社会保险、住房公积金和个人所得税；"
        f"{item}另行支付，按下述规定单独计税。",
        *found.warnings,
    ]
    if found.severance_tax is not None:
        tax = found.severance_tax
        notes.append(
            f"{item}个人所得税：当地上年职工平均工资3倍以内免税（{format_money(tax.exempt)}元），"
            f"超过部分{format_money(tax.taxable)}元单独按综合所得税率表计税{format_money(tax.tax)}元。"
        )
    write_pdf(
        path,
        SettlementData(
            settings.get(session, "company_name") or "本公司",
            found.employee_no,
            found.name,
            found.ground.value,
            separation.last_day,
            settlement_lines(found),
            found.settlement_total,
            notes,
        ),
    )
    return found
