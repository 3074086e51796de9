"""Each city's minimum wage over time (最低工资标准), which a probation wage may not fall below."""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from hrdesk.domain.roles import Permission
from hrdesk.services import audit
from hrdesk.services.actor import Actor
from hrdesk.storage.models import MinimumWage


@dataclass(frozen=True)
class MinimumWageRow:
    id: int
    city: str
    effective_from: date
    amount: Decimal
    excludes_personal_contributions: bool
    source: str


def minimum_wage_rows(session: Session) -> list[MinimumWageRow]:
    query = select(MinimumWage).order_by(MinimumWage.city, MinimumWage.effective_from.desc())
    return [
        MinimumWageRow(
            m.id, m.city, m.effective_from, m.amount, m.excludes_personal_contributions, m.source
        )
        for m in session.scalars(query)
    ]


def add_minimum_wage(
    session: Session,
    actor: Actor,
    city: str,
    effective_from: date,
    amount: Decimal,
    excludes_personal_contributions: bool,
    source: str,
) -> list[tuple[str, str]]:
    """A city's minimum wage from a date (最低工资标准), as the city's notice publishes it."""
    actor.require(Permission.MANAGE_SETTINGS)
    problems = []
    if not city.strip():
        problems.append(("城市", "不能为空"))
    if amount <= 0:
        problems.append(("最低工资标准", "必须大于0"))
    same = session.scalar(
        select(MinimumWage).where(
            MinimumWage.city == city.strip(), MinimumWage.effective_from == effective_from
        )
    )
    if same is not None:
        problems.append(("生效日期", f"{city}自{effective_from}起的标准已录入（{same.amount}元）"))
    if problems:
        return problems
    row = MinimumWage(
        city=city.strip(),
        effective_from=effective_from,
        amount=amount,
        excludes_personal_contributions=excludes_personal_contributions,
        source=source.strip(),
    )
    session.add(row)
    session.flush()
    audit.record(
        session,
        actor,
        "新增最低工资标准",
        "minimum_wages",
        row.id,
        city.strip(),
        None,
        f"{amount}元，自{effective_from}起",
    )
    return []


def minimum_wage_history(session: Session) -> dict[str, list[tuple[date, Decimal]]]:
    """Each city's minimum wages over time, as (effective from, amount)."""
    history: dict[str, list[tuple[date, Decimal]]] = {}
    for row in session.scalars(select(MinimumWage).order_by(MinimumWage.effective_from)):
        history.setdefault(row.city, []).append((row.effective_from, row.amount))
    return history
