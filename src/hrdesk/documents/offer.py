"""录用通知书: the offer letter on the letterhead — post, department, pay, first day, probation —
and 劳动合同（草稿）, the draft contract's key terms handed over with it."""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from hrdesk.documents.letters import Letterhead
from hrdesk.documents.official import OfficialDocument
from hrdesk.domain.money import format_money


def _day(day: date | None) -> str:
    return f"{day.year}年{day.month}月{day.day}日" if day else "另行通知"


@dataclass(frozen=True)
class Offer:
    letterhead: Letterhead
    name: str
    position: str
    department: str
    monthly_salary: Decimal | None
    start_on: date | None
    probation_months: int
    reply_by: date
    dated: date


def offer_letter(offer: Offer) -> OfficialDocument:
    salary = (
        f"{format_money(offer.monthly_salary)} 元/月（税前）" if offer.monthly_salary else "面议"
    )
    return OfficialDocument(
        offer.letterhead,
        "录用通知书",
        "",
        f"{offer.name}：",
        [
            f"感谢您对{offer.letterhead.company or '本公司'}的信任。经过面试和评估，"
            f"我们很高兴地通知您：您已被录用为{offer.department or '本公司'}{offer.position}。"
            "录用条件和待遇如下：",
        ],
        [
            ("岗位", offer.position),
            ("部门", offer.department or ""),
            ("月工资", salary),
            ("报到日期", _day(offer.start_on)),
            ("试用期", f"{offer.probation_months}个月（包含在劳动合同期限内）"),
        ],
        [
            "报到当天请携带身份证原件、学历证书、离职证明和一寸照片，以便办理入职手续；"
            "公司将自用工之日起一个月内与您签订书面劳动合同，并依法为您缴纳社会保险和住房公积金。",
            f"请于{_day(offer.reply_by)}前回复是否接受本录用。逾期未回复的，本通知自动失效。",
        ],
        offer.dated,
    )


@dataclass(frozen=True)
class ContractDraft:
    letterhead: Letterhead
    name: str
    employee_no: str
    position: str
    department: str
    start: date
    end: date
    probation_end: date
    probation_wage: Decimal
    contract_wage: Decimal
    dated: date


def contract_draft(draft: ContractDraft) -> OfficialDocument:
    """The key terms the signed contract will carry; marked 草稿 until the parties sign."""
    return OfficialDocument(
        draft.letterhead,
        "劳动合同（草稿）",
        "",
        "",
        [
            f"甲方{draft.letterhead.company or '本公司'}与乙方{draft.name}"
            f"（工号{draft.employee_no}）拟订立固定期限劳动合同，主要条款如下。"
            "请核对后按公司劳动合同文本签订，并在用工之日起一个月内完成（劳动合同法第10条）。",
        ],
        [
            ("合同类型", "固定期限"),
            ("合同期限", f"{_day(draft.start)}至{_day(draft.end)}"),
            ("试用期", f"{_day(draft.start)}至{_day(draft.probation_end)}"),
            ("工作岗位", f"{draft.department}　{draft.position}"),
            ("合同工资", f"{format_money(draft.contract_wage)} 元/月"),
            ("试用期工资", f"{format_money(draft.probation_wage)} 元/月（不低于合同工资的80%）"),
        ],
        [
            "工作时间、劳动保护、社会保险等其他条款以签订的劳动合同文本为准。",
            "乙方（签字）：＿＿＿＿＿＿＿＿　　签字日期：＿＿＿＿年＿＿月＿＿日",
        ],
        draft.dated,
        draft=True,
    )
