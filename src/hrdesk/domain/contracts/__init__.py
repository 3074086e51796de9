"""Labour-contract compliance (劳动合同合规): findings from an employee's contracts, as data.

Rules of 劳动合同法 Art. 10, 14, 19, 20, 82 and its 实施条例 Art. 6-7; see domain-cn.md §7.
terms: a contract and a finding · written: a written contract in time, double wages ·
probation: its length and wage · renewal: a term ending, the right to an open-ended one.
"""

from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from hrdesk.domain.contracts.probation import (
    PROBATION_WAGE_FLOOR,
    in_force,
    max_probation_months,
    probation_findings,
)
from hrdesk.domain.contracts.renewal import term_findings
from hrdesk.domain.contracts.terms import (
    DEFAULT_REMINDER_DAYS,
    URGENT_DAYS,
    ContractKind,
    ContractTerms,
    Finding,
)
from hrdesk.domain.contracts.written import double_wage, written_contract_findings

__all__ = [
    "DEFAULT_REMINDER_DAYS",
    "PROBATION_WAGE_FLOOR",
    "URGENT_DAYS",
    "ContractKind",
    "ContractTerms",
    "Finding",
    "contract_findings",
    "double_wage",
    "in_force",
    "max_probation_months",
    "probation_findings",
    "term_findings",
    "written_contract_findings",
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
