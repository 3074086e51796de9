"""Demo contracts (演示合同): a plausible history for everyone, and a few of each 合同提醒 case."""

import random
from datetime import date, timedelta
from decimal import Decimal

from hrdesk.domain.contracts import ContractKind
from hrdesk.domain.dates import ONE_DAY, add_months, end_of_period
from hrdesk.domain.employees import EmployeeStatus
from hrdesk.domain.money import round_fen
from hrdesk.storage.models import Contract, Employee

TERM_YEARS = 3


def _contract(
    employee: Employee,
    serial: int,
    kind: ContractKind,
    start: date,
    end: date | None,
    signed_on: date,
    probation_end: date | None = None,
    probation_wage: Decimal | None = None,
) -> Contract:
    return Contract(
        employee_id=employee.id,
        number=f"HT-{employee.employee_no}-{serial:02d}",
        kind=kind.value,
        start_date=start,
        end_date=end,
        probation_end=probation_end,
        probation_wage=probation_wage,
        contract_wage=employee.base_salary + employee.position_allowance,
        signed_on=signed_on,
    )


def _history(employee: Employee, today: date) -> list[Contract]:
    """Three-year fixed terms from the first day, renewed open-ended after two (Art. 14)."""
    wage = employee.base_salary + employee.position_allowance
    start = employee.hire_date
    contracts = [
        _contract(
            employee,
            1,
            ContractKind.FIXED,
            start,
            end_of_period(start, 12 * TERM_YEARS),
            start,
            end_of_period(start, 3),
            round_fen(wage * Decimal("0.9")),
        )
    ]
    while contracts[-1].end_date is not None and contracts[-1].end_date < today:
        start = contracts[-1].end_date + ONE_DAY
        if len(contracts) >= 2:
            contracts.append(
                _contract(
                    employee,
                    len(contracts) + 1,
                    ContractKind.OPEN_ENDED,
                    start,
                    None,
                    start - timedelta(days=10),
                )
            )
        else:
            contracts.append(
                _contract(
                    employee,
                    len(contracts) + 1,
                    ContractKind.FIXED,
                    start,
                    end_of_period(start, 12 * TERM_YEARS),
                    start - timedelta(days=10),
                )
            )
    return contracts


def demo_contracts(rng: random.Random, employees: list[Employee], today: date) -> list[Contract]:
    """Everyone's contracts, bent here and there so 合同提醒 has something of each kind to show."""
    working = [e for e in employees if e.status != EmployeeStatus.LEFT.value]
    unsigned = _awaiting_contract(rng, working, today)
    special = _special_cases(rng, working, unsigned, today)
    contracts = []
    for employee in employees:
        if employee.id in unsigned:
            continue
        history = _history(employee, today)
        case = special.get(employee.id)
        if case in ("ending_soon", "ending_third", "expired"):
            _ending(rng, employee, history, case, today)
        elif case == "probation_too_long":
            start = today - timedelta(days=40)
            history.append(
                _contract(
                    employee,
                    len(history) + 1,
                    ContractKind.FIXED,
                    start,
                    end_of_period(start, 12),
                    start,
                    end_of_period(start, 3),
                    history[-1].contract_wage,
                )
            )
            history[-2].end_date = start - ONE_DAY
        elif case == "low_probation_wage":
            first = history[0]
            first.start_date = first.signed_on = employee.hire_date = today - timedelta(days=50)
            first.end_date = end_of_period(first.start_date, 36)
            first.probation_end = end_of_period(first.start_date, 6)
            first.probation_wage = round_fen(first.contract_wage * Decimal("0.7"))
            del history[1:]
        contracts.extend(history)
    return contracts


def _awaiting_contract(rng: random.Random, working: list[Employee], today: date) -> set[int]:
    """The two newest joined this month and wait for a contract; the third is a month overdue."""
    newest = sorted(working, key=lambda e: e.hire_date, reverse=True)[:3]
    for employee, days in zip(
        newest, (rng.randint(3, 12), rng.randint(14, 25), rng.randint(45, 80)), strict=False
    ):
        employee.hire_date = today - timedelta(days=days)
        employee.status = EmployeeStatus.PROBATION.value
    return {e.id for e in newest}


def _special_cases(
    rng: random.Random, working: list[Employee], unsigned: set[int], today: date
) -> dict[int, str]:
    """One long-serving employee for each 合同提醒 case the demo shows."""
    bent = iter(
        rng.sample(
            [e for e in working if e.id not in unsigned and (today - e.hire_date).days > 400],
            k=min(5, len(working) // 4),
        )
    )
    special = {}
    for case in (
        "ending_soon",
        "expired",
        "probation_too_long",
        "low_probation_wage",
        "ending_third",
    ):
        employee = next(bent, None)
        if employee is not None:
            special[employee.id] = case
    return special


def _ending(
    rng: random.Random, employee: Employee, history: list[Contract], case: str, today: date
) -> None:
    """A fixed term ending soon, already ended, or ending as the third (one before it if need be)."""
    if history[-1].kind == ContractKind.OPEN_ENDED.value:
        history.pop()
    current = history[-1]
    days = {
        "ending_soon": rng.randint(3, 25),
        "ending_third": rng.randint(10, 28),
        "expired": -12,
    }[case]
    current.end_date = today + timedelta(days=days)
    if case == "ending_third" and len(history) == 1:
        history.insert(
            0,
            _contract(
                employee,
                0,
                ContractKind.FIXED,
                add_months(current.start_date, -36),
                current.start_date - ONE_DAY,
                add_months(current.start_date, -36),
            ),
        )
        employee.hire_date = history[0].start_date
