"""The company's attendance rules (考勤规则): what rest-day overtime becomes, and the deduction
for late arrivals, which needs rules written, adopted democratically and made known."""

from decimal import Decimal, InvalidOperation

from sqlalchemy.orm import Session

from hrdesk.domain.attendance import LateRule, RestDayOvertime
from hrdesk.domain.roles import Permission
from hrdesk.messages import _
from hrdesk.services import settings
from hrdesk.services.actor import Actor


def save_rules(session: Session, actor: Actor, policy: RestDayOvertime, rule: LateRule) -> None:
    """Store both rules, audited; a late deduction needs the written rule it rests on."""
    actor.require(Permission.MANAGE_SETTINGS)
    if rule.enabled and not rule.written_rule.strip():
        raise ValueError(_("开启迟到扣款须写明所依据的规章制度条款（如“员工手册第12条”）"))
    if rule.per_time < 0 or rule.free_times < 0:
        raise ValueError(_("扣款金额和免扣次数不能为负数"))
    settings.put(session, actor, "rest_day_overtime", policy.value)
    settings.put(
        session,
        actor,
        "late_rule",
        {
            "enabled": rule.enabled,
            "free_times": rule.free_times,
            "per_time": str(rule.per_time),
            "written_rule": rule.written_rule.strip(),
        },
    )


def parse_amount(text: str) -> Decimal:
    try:
        return Decimal(text.strip() or "0")
    except InvalidOperation:
        raise ValueError(_("“{text}”不是金额").format(text=text)) from None


def policy_of(session: Session) -> tuple[RestDayOvertime, LateRule]:
    rule = settings.get(session, "late_rule")
    return (
        RestDayOvertime(settings.get(session, "rest_day_overtime")),
        LateRule(
            bool(rule.get("enabled")),
            int(rule.get("free_times", 0)),
            Decimal(str(rule.get("per_time", "0"))),
            rule.get("written_rule", ""),
        ),
    )
