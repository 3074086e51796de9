"""收入证明 and 在职证明 on the letterhead, numbered: what banks and visa offices ask for."""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from hrdesk.documents.letters import Letterhead
from hrdesk.documents.official import OfficialDocument

INCOME, EMPLOYMENT = "收入证明", "在职证明"


def _day(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


@dataclass(frozen=True)
class CertificateData:
    letterhead: Letterhead
    kind: str  # 收入证明 / 在职证明
    number: str
    name: str
    gender: str
    id_number: str  # in full: banks and visa offices check it
    department: str
    position: str
    hire_date: date
    dated: date
    average_gross: Decimal | None = None  # 收入证明: the average monthly 应发工资
    months: int = 0  # how many approved months the average covers
    average_in_words: str = ""


def certificate(data: CertificateData) -> OfficialDocument:
    company = data.letterhead.company or "本公司"
    body = (
        f"兹证明{data.name}（{data.gender}，身份证号{data.id_number}）自{_day(data.hire_date)}起"
        f"在我公司{data.department}担任{data.position or '职员'}，至今在职。"
    )
    facts = [
        ("姓名", data.name),
        ("身份证号", data.id_number),
        ("部门", data.department),
        ("岗位", data.position),
        ("入职日期", _day(data.hire_date)),
    ]
    if data.kind == INCOME:
        body += (
            f"其近{data.months}个月平均月收入（税前应发工资）为人民币{data.average_gross:,.2f}元"
            f"（大写：{data.average_in_words}）。"
        )
        facts.append((f"近{data.months}个月平均月收入", f"{data.average_gross:,.2f} 元（税前）"))
    return OfficialDocument(
        data.letterhead,
        data.kind,
        data.number,
        "",
        [body, "特此证明。"],
        facts,
        [
            f"本证明仅用于证明上述人员在{company}的任职"
            + ("及收入" if data.kind == INCOME else "")
            + "情况，不作为担保文件；自开具之日起三十日内有效。",
        ],
        data.dated,
    )
