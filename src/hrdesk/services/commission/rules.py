"""The commission policy: the aging coefficients by days late, and the share of the collection
target below which a month's commission is held."""

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy.orm import Session

from hrdesk.domain.receivables import ZERO, CoefficientStep, check_coefficients
from hrdesk.domain.roles import Permission
from hrdesk.services import settings
from hrdesk.services.actor import Actor


@dataclass(frozen=True)
class Policy:
    steps: tuple[CoefficientStep, ...]
    hold_below: Decimal


def policy(session: Session) -> Policy:
    steps = tuple(
        CoefficientStep(days, Decimal(value))
        for days, value in settings.get(session, "commission_coefficients")
    )
    return Policy(steps, Decimal(settings.get(session, "commission_hold_below")))


def set_policy(
    session: Session, actor: Actor, steps: list[CoefficientStep], hold_below: Decimal
) -> None:
    actor.require(Permission.MANAGE_SETTINGS)
    checked = check_coefficients(steps)
    if not ZERO <= hold_below <= 1:
        raise ValueError("暂扣线是回款目标的比例，应在0到100%之间")
    settings.put(
        session,
        actor,
        "commission_coefficients",
        [[s.max_days, str(s.coefficient)] for s in checked],
    )
    settings.put(session, actor, "commission_hold_below", str(hold_below))
