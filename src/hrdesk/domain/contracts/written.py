"""书面劳动合同: a written contract within a month of hiring, Art. 82's double wages after, and an
open-ended contract deemed after a year without one (Art. 10, 14, 82; 实施条例 Art. 6-7)."""

from datetime import date
from decimal import Decimal

from hrdesk.domain.contracts.terms import URGENT_DAYS, ContractKind, ContractTerms, Finding
from hrdesk.domain.dates import ONE_DAY, add_months, end_of_period
from hrdesk.domain.money import format_money, round_fen
from hrdesk.domain.phrases import Phrase
from hrdesk.domain.severance import service_months


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
