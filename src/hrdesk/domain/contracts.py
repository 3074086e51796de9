"""Labour-contract compliance (劳动合同合规): findings from an employee's contracts, as data.

Rules of 劳动合同法 Art. 10, 14, 19, 20, 82 and its 实施条例 Art. 6-7; see domain-cn.md §7.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

from hrdesk.domain.dates import ONE_DAY, add_months, end_of_period, full_years_between
from hrdesk.domain.money import format_money, round_fen
from hrdesk.domain.phrases import Phrase
from hrdesk.domain.severance import service_months

PROBATION_WAGE_FLOOR = Decimal("0.8")  # Art. 20
DEFAULT_REMINDER_DAYS = 30
URGENT_DAYS = 7
MAX_DOUBLE_WAGE_MONTHS = 11  # Art. 82 with 实施条例 Art. 7


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


def max_probation_months(contract: ContractTerms) -> int:
    """Art. 19: the longest probation this contract may agree."""
    if contract.kind is ContractKind.TASK:
        return 0
    if contract.kind is ContractKind.OPEN_ENDED or contract.end is None:
        return 6
    if contract.end < end_of_period(contract.start, 3):
        return 0
    if contract.end < end_of_period(contract.start, 12):
        return 1
    if contract.end < end_of_period(contract.start, 36):
        return 2
    return 6


def in_force(history: Sequence[tuple[date, Decimal]], day: date) -> Decimal | None:
    """The amount in force on a day, from (effective from, amount) pairs."""
    found = None
    for since, amount in sorted(history):
        if since <= day:
            found = amount
    return found


def probation_findings(
    contracts: list[ContractTerms], today: date, minimum_wages: Sequence[tuple[date, Decimal]]
) -> list[Finding]:
    """Art. 19 (length, only once) and Art. 20 (wage), for probations that ended less than a
    year ago: the time an employee has to bring a labour-dispute claim (劳动争议调解仲裁法 Art. 27)."""
    findings = []
    had_probation = False
    for contract in sorted(contracts, key=lambda c: c.start):
        if contract.probation_end is None:
            continue
        if contract.probation_end < add_months(today, -12):
            had_probation = True
            continue
        findings += _probation_length_findings(contract)
        if had_probation:
            findings.append(
                Finding(
                    "second_probation",
                    "重复约定试用期",
                    Phrase(
                        "同一用人单位与同一劳动者只能约定一次试用期，合同{number}再次约定",
                        number=contract.number,
                    ),
                    True,
                    contract.start,
                    contract.number,
                )
            )
        had_probation = True
        findings += _probation_wage_findings(contract, minimum_wages)
    return findings


def _probation_length_findings(contract: ContractTerms) -> list[Finding]:
    """Art. 19: no probation in a short or task contract, none longer than its term allows."""
    limit = max_probation_months(contract)
    if limit == 0:
        return [
            Finding(
                "probation_not_allowed",
                "不得约定试用期",
                Phrase(
                    "合同{number}期限不满三个月或以完成一定工作任务为期限，依法不得约定试用期",
                    number=contract.number,
                ),
                True,
                contract.probation_end,
                contract.number,
            )
        ]
    latest = end_of_period(contract.start, limit)
    if contract.probation_end <= latest:
        return []
    days = (contract.probation_end - latest).days
    return [
        Finding(
            "probation_too_long",
            "试用期超过法定上限",
            Phrase(
                "合同{number}试用期最长{limit}个月（至{latest}），约定至{agreed}，超出{days}天",
                number=contract.number,
                limit=limit,
                latest=latest,
                agreed=contract.probation_end,
                days=days,
            ),
            True,
            latest,
            contract.number,
        )
    ]


def _probation_wage_findings(
    contract: ContractTerms, minimum_wages: Sequence[tuple[date, Decimal]]
) -> list[Finding]:
    """Art. 20: a probation wage at least 80% of the contract wage and the local minimum wage."""
    wage = contract.probation_wage
    if wage is None:
        return []
    findings = []
    floor = round_fen(contract.contract_wage * PROBATION_WAGE_FLOOR)
    if wage < floor:
        findings.append(
            Finding(
                "probation_wage_low",
                "试用期工资低于合同工资的80%",
                Phrase(
                    "合同{number}试用期工资{wage} 元，不得低于{floor} 元",
                    number=contract.number,
                    wage=format_money(wage),
                    floor=format_money(floor),
                ),
                True,
                contract.start,
                contract.number,
            )
        )
    minimum_wage = in_force(minimum_wages, contract.start)
    if minimum_wage is not None and wage < minimum_wage:
        findings.append(
            Finding(
                "probation_wage_below_minimum",
                "试用期工资低于当地最低工资",
                Phrase(
                    "合同{number}试用期工资{wage} 元，当地最低工资{minimum} 元",
                    number=contract.number,
                    wage=format_money(wage),
                    minimum=format_money(minimum_wage),
                ),
                True,
                contract.start,
                contract.number,
            )
        )
    return findings


def double_wage(monthly_wage: Decimal, first_day: date, last_day: date) -> tuple[int, int, Decimal]:
    """Art. 82's extra wage from first_day to last_day, counted by months as the law does: a
    month's wage for each whole month, and a part month by its share of that month's days.
    (whole months, days left, amount)."""
    if last_day < first_day:
        return 0, 0, Decimal(0)
    months = service_months(first_day, last_day)
    rest_start = add_months(first_day, months)
    rest_days = (last_day - rest_start).days + 1
    month_length = (add_months(rest_start, 1) - rest_start).days
    amount = monthly_wage * months + monthly_wage * rest_days / month_length
    return months, rest_days, round_fen(amount)


def written_contract_findings(
    hire_date: date, contracts: list[ContractTerms], today: date, monthly_wage: Decimal
) -> list[Finding]:
    """Art. 10 and 82: a written contract within one month, double wages after, open-ended after a year."""
    first_signed = min((c.signed_on for c in contracts), default=None)
    deadline = end_of_period(hire_date, 1)
    if first_signed is not None and first_signed <= deadline:
        return []
    if today <= deadline:
        return [] if first_signed is not None else [_contract_due(hire_date, deadline, today)]
    findings = [_double_wages(hire_date, deadline, first_signed, today, monthly_wage)]
    deemed_from = end_of_period(hire_date, 12) + ONE_DAY  # Art. 14: a year without a contract
    open_ended_signed = any(c.kind is ContractKind.OPEN_ENDED for c in contracts)
    if (
        today >= deemed_from
        and not open_ended_signed
        and (first_signed is None or first_signed >= deemed_from)
    ):
        findings.append(
            Finding(
                "deemed_open_ended",
                "视为已订立无固定期限劳动合同",
                Phrase(
                    "自用工之日起满一年未订立书面劳动合同，自{day}起视为已订立无固定期限劳动合同，"
                    "请补订无固定期限劳动合同",
                    day=deemed_from,
                ),
                True,
                deemed_from,
            )
        )
    return findings


def _contract_due(hire_date: date, deadline: date, today: date) -> Finding:
    """Within the first month and no contract yet: the days left to sign one."""
    days_left = (deadline - today).days
    when = Phrase("今天是最后一天") if days_left == 0 else Phrase("还有{days}天", days=days_left)
    return Finding(
        "contract_due",
        "尚未签订书面劳动合同",
        Phrase(
            "入职{hired}，最迟于{deadline}（含当日）签订（{when}），否则自次日起每月应另付一倍工资",
            hired=hire_date,
            deadline=deadline,
            when=when,
        ),
        days_left <= URGENT_DAYS,
        deadline,
    )


def _double_wages(
    hire_date: date, deadline: date, first_signed: date | None, today: date, monthly_wage: Decimal
) -> Finding:
    """Art. 82: the extra wage from the day after the deadline until the contract was signed
    (late) or until today (still none), at most 11 months (实施条例 第七条)."""
    exposure_start = deadline + ONE_DAY
    exposure_cap = end_of_period(hire_date, 12)
    last_day = min(today, exposure_cap, first_signed - ONE_DAY if first_signed else today)
    months, rest_days, exposure = double_wage(monthly_wage, exposure_start, last_day)
    span = (
        Phrase("{months}个月{days}天", months=months, days=rest_days)
        if rest_days
        else Phrase("{months}个月", months=months)
    )
    if first_signed is None:
        so_far = (
            Phrase("已达法定上限（11个月）")
            if last_day == exposure_cap
            else Phrase("至今{span}", span=span)
        )
        return Finding(
            "no_written_contract",
            "未签订书面劳动合同",
            Phrase(
                "入职{hired}已超过一个月仍未签订，自{start}起每月应另付一倍工资，"
                "{so_far}，估算约{amount} 元",
                hired=hire_date,
                start=exposure_start,
                so_far=so_far,
                amount=format_money(exposure),
            ),
            True,
            deadline,
            exposure=exposure,
        )
    return Finding(
        "late_written_contract",
        "书面劳动合同签订过晚",
        Phrase(
            "入职{hired}，{signed}才签订，{start}至{end}共{span}应另付一倍工资，估算约{amount} 元",
            hired=hire_date,
            signed=first_signed,
            start=exposure_start,
            end=last_day,
            span=span,
            amount=format_money(exposure),
        ),
        False,
        first_signed,
        exposure=exposure,
    )


def term_findings(
    hire_date: date, contracts: list[ContractTerms], today: date, reminder_days: int
) -> list[Finding]:
    """Contracts ending soon or already ended, and the employee's right to an open-ended one (Art. 14)."""
    if not contracts:
        return []
    latest = max(contracts, key=lambda c: c.start)
    if latest.kind is not ContractKind.FIXED or latest.end is None:
        return []
    findings = []
    days_left = (latest.end - today).days
    if days_left < 0:
        findings.append(
            Finding(
                "expired_still_working",
                "合同已到期，员工仍在职",
                Phrase(
                    "合同{number}已于{end}到期，应续订或书面终止；继续用工而不续订存在双倍工资风险",
                    number=latest.number,
                    end=latest.end,
                ),
                True,
                latest.end,
                latest.number,
            )
        )
    elif days_left <= reminder_days:
        findings.append(
            Finding(
                "contract_ending",
                "固定期限合同即将到期",
                Phrase(
                    "合同{number}将于{end}到期（还有{days}天），请决定续订或不续订并书面通知",
                    number=latest.number,
                    end=latest.end,
                    days=days_left,
                ),
                days_left <= URGENT_DAYS,
                latest.end,
                latest.number,
            )
        )
    else:
        return findings
    return findings + _open_ended_right(hire_date, contracts, latest)


def _open_ended_right(
    hire_date: date, contracts: list[ContractTerms], latest: ContractTerms
) -> list[Finding]:
    """Art. 14: after two fixed terms or ten years, renewal is open-ended if the employee wants."""
    fixed_terms = sum(1 for c in contracts if c.kind is ContractKind.FIXED)
    years = full_years_between(hire_date, latest.end + ONE_DAY)
    if fixed_terms < 2 and years < 10:
        return []
    reason = (
        Phrase("已连续订立{times}次固定期限合同", times=fixed_terms)
        if fixed_terms >= 2
        else Phrase("已连续工作满{years}年", years=years)
    )
    return [
        Finding(
            "may_demand_open_ended",
            "员工可要求订立无固定期限合同",
            Phrase(
                "{reason}，续订时员工提出或同意续订的，应订立无固定期限劳动合同（劳动合同法第十四条）",
                reason=reason,
            ),
            False,
            latest.end,
            latest.number,
        )
    ]


def contract_findings(
    hire_date: date,
    contracts: list[ContractTerms],
    today: date,
    *,
    employed: bool,
    monthly_wage: Decimal,
    minimum_wages: Sequence[tuple[date, Decimal]] = (),
    reminder_days: int = DEFAULT_REMINDER_DAYS,
) -> list[Finding]:
    """Everything about one employee's contracts that needs attention today, urgent first."""
    if not employed:
        return []
    findings = [
        *written_contract_findings(hire_date, contracts, today, monthly_wage),
        *probation_findings(contracts, today, minimum_wages),
        *term_findings(hire_date, contracts, today, reminder_days),
    ]
    return sorted(findings, key=lambda f: (not f.urgent, f.due or today))
