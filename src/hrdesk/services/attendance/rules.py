"""The company's attendance rules (考勤规则): what rest-day overtime becomes, and the deduction
for late arrivals, which needs rules written, adopted democratically and made known."""

from decimal import Decimal, InvalidOperation

from sqlalchemy.orm import Session

from hrdesk.domain.attendance import LateRule, RestDayOvertime
from hrdesk.domain.roles import Permission
from hrdesk.services import settings
from hrdesk.services.actor import Actor

LATE_RULE_WARNING = (
    "迟到扣款须有经民主程序制定并向员工公示的规章制度（劳动合同法第4条）为依据，"
    "且扣款后当月工资不得低于当地最低工资标准；没有书面制度时请不要开启。"
)


def save_rules(session: Session, actor: Actor, policy: RestDayOvertime, rule: LateRule) -> None:
    """Store both rules, audited; a late deduction needs the written rule it rests on."""
    actor.require(Permission.MANAGE_SETTINGS)
    if rule.enabled and not rule.written_rule.strip():
        raise ValueError("开启迟到扣款须写明所依据的规章制度条款（如“员工手册第12条”）")
    if rule.per_time < 0 or rule.free_times < 0:
        raise ValueError("扣款金额和免扣次数不能为负数")
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
        raise ValueError(f"“{text}”不是金额") from None
