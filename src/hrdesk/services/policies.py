"""City policies (社保公积金政策): rates, bases and rounding per item from a date, kept as data."""

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from hrdesk.domain.money import round_fen
from hrdesk.domain.roles import Permission
from hrdesk.domain.social_insurance import InsuranceItem, ItemPolicy, Rounding
from hrdesk.services import audit
from hrdesk.services.actor import Actor
from hrdesk.storage.models import MinimumWage, SocialPolicy

ENTITY = "social_policies"


def _policy(row: SocialPolicy) -> ItemPolicy:
    return ItemPolicy(
        row.city,
        InsuranceItem(row.item),
        row.effective_from,
        row.personal_rate,
        row.employer_rate,
        row.base_floor,
        row.base_cap,
        row.personal_fixed,
        Rounding(row.rounding),
        row.source,
    )


def all_policies(session: Session) -> list[ItemPolicy]:
    """Every city's every item from every date, oldest first."""
    query = select(SocialPolicy).order_by(
        SocialPolicy.city, SocialPolicy.effective_from, SocialPolicy.item
    )
    return [_policy(row) for row in session.scalars(query)]


@dataclass(frozen=True)
class PolicyChange:
    policy: ItemPolicy
    minimum_wage: Decimal | None
    minimum_wage_net: bool


def save(session: Session, actor: Actor, changes: list[PolicyChange]) -> None:
    """Add or replace policy rows by (city, item, date); minimum wages by (city, date). Audited."""
    actor.require(Permission.MANAGE_SETTINGS)
    existing = {
        (r.city, r.item, r.effective_from): r for r in session.scalars(select(SocialPolicy))
    }
    wages = {(w.city, w.effective_from): w for w in session.scalars(select(MinimumWage))}
    for change in changes:
        _save_policy(session, actor, existing, change.policy)
        if change.minimum_wage is not None:
            _save_minimum_wage(session, actor, wages, change)
    session.flush()


def _save_policy(session: Session, actor: Actor, existing: dict, p: ItemPolicy) -> None:
    """Add the policy row, or replace the one of its (city, item, date); audited if changed."""
    row = existing.get((p.city, p.item.value, p.effective_from))
    fields = {
        "personal_rate": p.personal_rate,
        "employer_rate": p.employer_rate,
        "base_floor": p.base_floor,
        "base_cap": p.base_cap,
        "personal_fixed": p.personal_fixed,
        "rounding": p.rounding.value,
        "source": p.source,
    }
    label = f"{p.city} {p.item.value} 自{p.effective_from}"
    if row is None:
        row = SocialPolicy(
            city=p.city, item=p.item.value, effective_from=p.effective_from, **fields
        )
        session.add(row)
        existing[(p.city, p.item.value, p.effective_from)] = row
        audit.record(session, actor, "新增政策", ENTITY, None, label, None, _describe(p))
        return
    before = _describe(_policy(row))
    for name, value in fields.items():
        setattr(row, name, value)
    if before != _describe(p):
        audit.record(session, actor, "修改政策", ENTITY, row.id, label, before, _describe(p))


def _save_minimum_wage(session: Session, actor: Actor, wages: dict, change: PolicyChange) -> None:
    """Add the city's minimum wage from the policy's date, or correct it; audited."""
    p = change.policy
    wage = wages.get((p.city, p.effective_from))
    if wage is None:
        wage = MinimumWage(
            city=p.city,
            effective_from=p.effective_from,
            amount=change.minimum_wage,
            excludes_personal_contributions=change.minimum_wage_net,
            source=p.source,
        )
        session.add(wage)
        wages[(p.city, p.effective_from)] = wage
        audit.record(
            session,
            actor,
            "新增最低工资标准",
            "minimum_wages",
            None,
            p.city,
            None,
            f"{change.minimum_wage}元，自{p.effective_from}起",
        )
    elif (wage.amount, wage.excludes_personal_contributions) != (
        change.minimum_wage,
        change.minimum_wage_net,
    ):
        audit.record(
            session,
            actor,
            "修改最低工资标准",
            "minimum_wages",
            wage.id,
            p.city,
            f"{wage.amount}元",
            f"{change.minimum_wage}元",
        )
        wage.amount = change.minimum_wage
        wage.excludes_personal_contributions = change.minimum_wage_net


def _describe(p: ItemPolicy) -> str:
    fixed = f" + {round_fen(p.personal_fixed)}元" if p.personal_fixed else ""
    return (
        f"个人{_percent(p.personal_rate)}{fixed} 单位{_percent(p.employer_rate)} "
        f"基数{round_fen(p.base_floor)}–{round_fen(p.base_cap)} {p.rounding.value}"
    )


def _percent(rate) -> str:
    return f"{(rate * 100).normalize():f}%"


def compare(session: Session, change: PolicyChange) -> str:
    """What an import row would do: 新增, 更新 or 相同 (nothing to write)."""
    p = change.policy
    row = session.scalar(
        select(SocialPolicy).where(
            SocialPolicy.city == p.city,
            SocialPolicy.item == p.item.value,
            SocialPolicy.effective_from == p.effective_from,
        )
    )
    if row is None:
        return "新增"
    if _policy(row) != p:
        return "更新"
    if change.minimum_wage is None:
        return "相同"
    wage = session.scalar(
        select(MinimumWage).where(
            MinimumWage.city == p.city, MinimumWage.effective_from == p.effective_from
        )
    )
    same_wage = wage is not None and (wage.amount, wage.excludes_personal_contributions) == (
        change.minimum_wage,
        change.minimum_wage_net,
    )
    return "相同" if same_wage else "更新"


def policy_rows(session: Session) -> list[list]:
    """Every policy in the template's layout, with the city's minimum wage on its date's rows."""
    wages = {(w.city, w.effective_from): w for w in session.scalars(select(MinimumWage))}
    rows = []
    for p in all_policies(session):
        wage = wages.get((p.city, p.effective_from))
        rows.append(
            [
                p.city,
                p.effective_from,
                p.item.value,
                p.personal_rate,
                p.employer_rate,
                p.base_floor,
                p.base_cap,
                wage.amount if wage else None,
                ("是" if wage.excludes_personal_contributions else "否") if wage else None,
                p.personal_fixed or None,
                p.rounding.value,
                p.source or None,
            ]
        )
    return rows
