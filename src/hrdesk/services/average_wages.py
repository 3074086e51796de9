"""The city's average wage (上年职工月平均工资) as policy data: the severance cap (3× a month)
and the severance tax exemption (3× a year), per city from the date the city publishes it."""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from hrdesk.domain.roles import Permission
from hrdesk.services import audit
from hrdesk.services.actor import Actor
from hrdesk.storage.models import AverageWage


@dataclass(frozen=True)
class AverageWageRow:
    id: int
    city: str
    effective_from: date
    amount: Decimal
    source: str


def rows(session: Session) -> list[AverageWageRow]:
    query = select(AverageWage).order_by(AverageWage.city, AverageWage.effective_from.desc())
    return [
        AverageWageRow(w.id, w.city, w.effective_from, w.amount, w.source)
        for w in session.scalars(query)
    ]


def add(
    session: Session,
    actor: Actor,
    city: str,
    effective_from: date,
    amount: Decimal,
    source: str,
) -> list[tuple[str, str]]:
    """A city's average monthly wage from a date; problems as (field, reason), nothing written."""
    actor.require(Permission.MANAGE_SETTINGS)
    city = city.strip()
    problems = []
    if not city:
        problems.append(("城市", "不能为空"))
    if amount <= 0:
        problems.append(("月平均工资", "必须大于0"))
    same = session.scalar(
        select(AverageWage).where(
            AverageWage.city == city, AverageWage.effective_from == effective_from
        )
    )
    if same is not None:
        problems.append(("生效日期", f"{city}自{effective_from}起的数字已录入（{same.amount}元）"))
    if problems:
        return problems
    row = AverageWage(
        city=city, effective_from=effective_from, amount=amount, source=source.strip()
    )
    session.add(row)
    session.flush()
    audit.record(
        session,
        actor,
        "新增职工平均工资",
        "average_wages",
        row.id,
        city,
        None,
        f"{amount}元/月，自{effective_from}起",
    )
    return []
