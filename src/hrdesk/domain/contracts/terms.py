"""A labour contract's terms (劳动合同) and a finding about an employee's contracts."""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

DEFAULT_REMINDER_DAYS = 30
URGENT_DAYS = 7


class ContractKind(StrEnum):
    FIXED = "固定期限"
    OPEN_ENDED = "无固定期限"
    TASK = "以完成一定工作任务为期限"


@dataclass(frozen=True)
class ContractTerms:
    """One written labour contract (劳动合同)."""

    number: str
    kind: ContractKind
    start: date
    end: date | None  # the last day; None for open-ended or task-based
    probation_end: date | None
    probation_wage: Decimal | None
    contract_wage: Decimal
    signed_on: date


@dataclass(frozen=True)
class Finding:
    """Something about an employee's contracts that the clerk must act on."""

    rule: str  # a stable name, for filters and tests
    title: str
    detail: str
    urgent: bool
    due: date | None = None  # the date that matters: a deadline, an end date
    contract_number: str | None = None
    exposure: Decimal | None = None  # money at risk, such as double wages owed so far
