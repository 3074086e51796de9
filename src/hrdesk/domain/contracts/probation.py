"""试用期: how long a contract's probation may be (Art. 19), once only, and its wage (Art. 20)."""

from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from hrdesk.domain.contracts.terms import ContractKind, ContractTerms, Finding
from hrdesk.domain.dates import add_months, end_of_period
from hrdesk.domain.money import format_money, round_fen
from hrdesk.domain.phrases import Phrase

PROBATION_WAGE_FLOOR = Decimal("0.8")  # Art. 20


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
