"""A fixed term ending or ended, and the employee's right to an open-ended renewal (Art. 14)."""

from datetime import date

from hrdesk.domain.contracts.terms import URGENT_DAYS, ContractKind, ContractTerms, Finding
from hrdesk.domain.dates import ONE_DAY, full_years_between
from hrdesk.domain.phrases import Phrase


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
