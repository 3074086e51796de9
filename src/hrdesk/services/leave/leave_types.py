"""The company's leave types (假期类型): the law's types with its province's days over them and
the types it adds, kept in the setting `leave_types` and audited. Everything that lists or
looks up a leave type asks here, and hands the result to the domain's rules."""

from sqlalchemy.orm import Session

from hrdesk.domain.leave import (
    CompanyLeave,
    LeaveType,
    Pay,
    Per,
    company_leave_problem,
    company_leave_types,
)
from hrdesk.domain.roles import Permission
from hrdesk.messages import _
from hrdesk.services import audit, settings
from hrdesk.services.actor import Actor
from hrdesk.spreadsheets.templates.attendance import leave_template
from hrdesk.spreadsheets.templates.base import Template

KEY = "leave_types"


def _stored(session: Session) -> list[CompanyLeave]:
    return [
        CompanyLeave(
            item["name"],
            item.get("days"),
            item.get("source", ""),
            bool(item.get("paid", True)),
            Per(item.get("per", Per.EVENT.value)),
            bool(item.get("active", True)),
        )
        for item in settings.get(session, KEY)
    ]


def _as_setting(entry: CompanyLeave) -> dict:
    return {
        "name": entry.name,
        "days": entry.days,
        "source": entry.source,
        "paid": entry.paid,
        "per": entry.per.value,
        "active": entry.active,
    }


def company_types(session: Session) -> tuple[LeaveType, ...]:
    """Every type, stopped company types included (marked), for the list of types."""
    return company_leave_types(_stored(session))


def offered_types(session: Session) -> tuple[LeaveType, ...]:
    """The types a request, an import or a report may use."""
    return tuple(t for t in company_types(session) if t.active)


def company_leave_template(session: Session) -> Template:
    """The 请假 template offering the company's types."""
    return leave_template(tuple(t.name for t in offered_types(session)))


def _describe(kind: LeaveType | None) -> str:
    if kind is None:
        return ""
    days = kind.entitled_by if kind.days is None else f"{kind.per.value}{kind.days}天"
    state = "" if kind.active else "，已停用"
    return f"{kind.pay.value}，{days}{state}（{kind.source}）"


def save_type(session: Session, actor: Actor, entry: CompanyLeave) -> LeaveType:
    """Store the company's entry for a type (new or changed), refused under the law's minimum
    or when it would change what the law fixes; audited with the type before and after."""
    actor.require(Permission.EDIT_EMPLOYEES)
    entry = CompanyLeave(
        entry.name.strip(), entry.days, entry.source.strip(), entry.paid, entry.per, entry.active
    )
    problem = company_leave_problem(entry)
    if problem:
        raise ValueError(problem)
    before = {t.name: t for t in company_types(session)}.get(entry.name)
    kept = [item for item in _stored(session) if item.name != entry.name]
    settings.put(session, None, KEY, [_as_setting(item) for item in [*kept, entry]])
    after = {t.name: t for t in company_types(session)}[entry.name]
    audit.record(
        session, actor, "修改假期类型", "leave_types", entry.name, entry.name,
        _describe(before), _describe(after),
    )  # fmt: skip
    return after


def entry_of(kind: LeaveType) -> CompanyLeave:
    """A type as the company's entry for it, to edit and save back."""
    return CompanyLeave(
        kind.name, kind.days, kind.source, kind.pay is not Pay.UNPAID, kind.per, kind.active
    )


def save_types(session: Session, actor: Actor, entries: list[CompanyLeave]) -> int:
    """The list of types as edited: each one that changed is saved and audited; on the first
    refusal (naming its type) the caller's transaction writes nothing. Returns how many changed."""
    names = [entry.name.strip() for entry in entries]
    twice = next((name for name in names if names.count(name) > 1), None)
    if twice is not None:
        raise ValueError(_("假期类型“{name}”重复").format(name=twice))
    current = {t.name: entry_of(t) for t in company_types(session)}
    changed = 0
    for entry in entries:
        if current.get(entry.name.strip()) != entry:
            save_type(session, actor, entry)
            changed += 1
    return changed


def set_days(
    session: Session,
    actor: Actor,
    name: str,
    days: int,
    source: str | None = None,
    *,
    paid: bool | None = None,
    per: Per | None = None,
) -> LeaveType:
    """A type's days (and where they come from), keeping the rest of it as it is unless
    given; a name not yet known adds the company's own type, paid and per event by default."""
    current = {t.name: t for t in company_types(session)}.get(name.strip())
    if current is None:
        entry = CompanyLeave(name, days, source or "", paid is not False, per or Per.EVENT)
        return save_type(session, actor, entry)
    entry = CompanyLeave(
        current.name,
        days,
        current.source if source is None else source,
        current.pay is not Pay.UNPAID if paid is None else paid,
        per or current.per,
        current.active,
    )
    return save_type(session, actor, entry)
