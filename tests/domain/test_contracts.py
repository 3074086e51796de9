"""Contract compliance at its boundaries (劳动合同法 Art. 10, 14, 19, 20, 82)."""

from datetime import date
from decimal import Decimal

import pytest

from hrdesk.domain.contracts import (
    ContractKind,
    ContractTerms,
    contract_findings,
    max_probation_months,
)
from hrdesk.domain.dates import add_months, end_of_period, full_years_between

WAGE = Decimal(6000)


def fixed(
    start, end, probation_end=None, probation_wage=None, number="HT-1", signed_on=None, wage=WAGE
):
    return ContractTerms(
        number,
        ContractKind.FIXED,
        start,
        end,
        probation_end,
        probation_wage,
        wage,
        signed_on or start,
    )


def rules(hire, contracts, today, minimum_wage=None, employed=True, reminder_days=30):
    wages = [(date(2000, 1, 1), minimum_wage)] if minimum_wage is not None else []
    found = contract_findings(
        hire,
        contracts,
        today,
        employed=employed,
        monthly_wage=WAGE,
        minimum_wages=wages,
        reminder_days=reminder_days,
    )
    return [f.rule for f in found]


def test_month_arithmetic_clamps_to_the_month_end():
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2024, 2, 29), 12) == date(2025, 2, 28)
    assert end_of_period(date(2026, 3, 1), 1) == date(2026, 3, 31)
    assert full_years_between(date(2016, 5, 10), date(2026, 5, 10)) == 10
    assert full_years_between(date(2016, 5, 10), date(2026, 5, 9)) == 9


@pytest.mark.parametrize(
    ("end", "months"),
    [
        (date(2026, 3, 30), 0),  # one day short of three months: no probation
        (date(2026, 3, 31), 1),  # exactly three months
        (date(2026, 12, 30), 1),  # one day short of a year
        (date(2026, 12, 31), 2),  # exactly one year
        (date(2028, 12, 30), 2),  # one day short of three years
        (date(2028, 12, 31), 6),  # exactly three years
    ],
)
def test_probation_limit_by_term(end, months):
    assert max_probation_months(fixed(date(2026, 1, 1), end)) == months


def test_open_ended_and_task_contracts():
    start = date(2026, 1, 1)
    open_ended = ContractTerms("A", ContractKind.OPEN_ENDED, start, None, None, None, WAGE, start)
    task = ContractTerms("B", ContractKind.TASK, start, None, None, None, WAGE, start)
    assert max_probation_months(open_ended) == 6
    assert max_probation_months(task) == 0


def test_probation_one_day_too_long_for_a_one_year_term():
    today = date(2026, 2, 1)
    exact = fixed(date(2026, 1, 1), date(2026, 12, 31), probation_end=date(2026, 2, 28))
    assert "probation_too_long" not in rules(date(2026, 1, 1), [exact], today)
    too_long = fixed(date(2026, 1, 1), date(2026, 12, 31), probation_end=date(2026, 3, 1))
    found = contract_findings(date(2026, 1, 1), [too_long], today, employed=True, monthly_wage=WAGE)
    assert found[0].rule == "probation_too_long" and "超出1天" in found[0].detail


def test_no_probation_in_a_task_contract_nor_a_second_time():
    start = date(2026, 1, 1)
    task = ContractTerms("T", ContractKind.TASK, start, None, date(2026, 1, 15), None, WAGE, start)
    assert "probation_not_allowed" in rules(start, [task], date(2026, 1, 10))
    first = fixed(date(2025, 1, 1), date(2025, 12, 31), probation_end=date(2025, 2, 28), number="1")
    second = fixed(
        date(2026, 1, 1), date(2028, 12, 31), probation_end=date(2026, 2, 28), number="2"
    )
    assert "second_probation" in rules(date(2025, 1, 1), [first, second], date(2026, 1, 10))


def test_probation_wage_at_eighty_percent_and_the_minimum_wage():
    start = date(2026, 1, 1)
    ok = fixed(start, date(2028, 12, 31), date(2026, 6, 30), Decimal("4800.00"))
    low = fixed(start, date(2028, 12, 31), date(2026, 6, 30), Decimal("4799.99"))
    assert rules(start, [ok], date(2026, 2, 1), minimum_wage=Decimal(2690)) == []
    assert rules(start, [low], date(2026, 2, 1)) == ["probation_wage_low"]
    assert "probation_wage_below_minimum" in rules(
        start, [ok], date(2026, 2, 1), minimum_wage=Decimal(4900)
    )


def test_written_contract_due_within_the_first_month():
    hire = date(2026, 1, 10)
    found = contract_findings(hire, [], date(2026, 2, 3), employed=True, monthly_wage=WAGE)
    assert [(f.rule, f.due, f.urgent) for f in found] == [("contract_due", date(2026, 2, 9), True)]
    assert rules(hire, [], date(2026, 1, 20)) == ["contract_due"]
    assert (
        rules(hire, [fixed(hire, date(2029, 1, 9), signed_on=date(2026, 2, 9))], date(2026, 3, 1))
        == []
    )


def test_double_wage_exposure_after_the_first_month():
    hire = date(2026, 1, 10)
    found = contract_findings(hire, [], date(2026, 2, 10), employed=True, monthly_wage=WAGE)
    assert found[0].rule == "no_written_contract"
    assert found[0].exposure == Decimal("214.29")  # one day of the month 10 Feb–9 Mar: 6000 ÷ 28
    late = fixed(hire, date(2029, 1, 9), signed_on=date(2026, 4, 10))
    found = contract_findings(hire, [late], date(2026, 6, 1), employed=True, monthly_wage=WAGE)
    assert [f.rule for f in found] == ["late_written_contract"]
    # Art. 82 counts months: 10 Feb to 9 Apr 2026 is two months, two months' wages
    assert found[0].exposure == Decimal("12000.00")
    assert "共2个月" in found[0].detail
    part = fixed(hire, date(2029, 1, 9), signed_on=date(2026, 4, 25))  # 2 months and 15 days
    found = contract_findings(hire, [part], date(2026, 6, 1), employed=True, monthly_wage=WAGE)
    assert found[0].exposure == Decimal("15000.00")  # + 15 of April 10–May 9's 30 days


def test_after_a_year_without_a_contract_it_is_deemed_open_ended_and_exposure_stops_at_eleven_months():
    hire = date(2025, 1, 10)
    found = contract_findings(hire, [], date(2026, 6, 1), employed=True, monthly_wage=WAGE)
    assert [f.rule for f in found] == ["no_written_contract", "deemed_open_ended"]
    assert found[0].exposure == WAGE * 11  # 10 Feb 2025 to 9 Jan 2026: the 11 months' cap


def test_fixed_term_ending_reminder_window():
    hire = date(2024, 1, 1)
    contract = fixed(hire, date(2026, 12, 31))
    assert rules(hire, [contract], date(2026, 11, 30)) == []  # 31 days left
    assert rules(hire, [contract], date(2026, 12, 1)) == ["contract_ending"]  # 30 days left
    assert rules(hire, [contract], date(2026, 12, 1), reminder_days=60) == ["contract_ending"]
    assert rules(hire, [contract], date(2027, 1, 1)) == ["expired_still_working"]
    assert rules(hire, [contract], date(2027, 1, 1), employed=False) == []


def test_renewal_after_two_fixed_terms_or_ten_years_lets_the_employee_demand_open_ended():
    hire = date(2020, 1, 1)
    first = fixed(hire, date(2022, 12, 31), number="1")
    second = fixed(date(2023, 1, 1), date(2026, 12, 31), number="2")
    assert rules(hire, [first, second], date(2026, 12, 15)) == [
        "contract_ending",
        "may_demand_open_ended",
    ]
    assert rules(second.start, [second], date(2026, 12, 15)) == ["contract_ending"]
    veteran = date(2016, 12, 31)
    assert "may_demand_open_ended" in rules(
        veteran, [fixed(date(2024, 1, 1), date(2026, 12, 30))], date(2026, 12, 15)
    )
    assert "may_demand_open_ended" not in rules(
        date(2017, 1, 2), [fixed(date(2024, 1, 1), date(2026, 12, 30))], date(2026, 12, 15)
    )


def test_a_renewed_contract_clears_the_reminder():
    hire = date(2024, 1, 1)
    contracts = [
        fixed(hire, date(2026, 12, 31), number="1"),
        ContractTerms(
            "2",
            ContractKind.OPEN_ENDED,
            date(2027, 1, 1),
            None,
            None,
            None,
            WAGE,
            date(2026, 12, 20),
        ),
    ]
    assert rules(hire, contracts, date(2026, 12, 25)) == []


def test_periods_from_late_in_the_month_end_on_the_month_end():
    assert end_of_period(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert end_of_period(date(2026, 1, 29), 1) == date(2026, 2, 28)
    assert end_of_period(date(2026, 1, 28), 1) == date(2026, 2, 27)
    assert end_of_period(date(2026, 3, 31), 1) == date(2026, 4, 30)
    six_months = fixed(date(2025, 8, 31), date(2028, 8, 30), probation_end=date(2026, 2, 28))
    assert rules(date(2025, 8, 31), [six_months], date(2025, 9, 10)) == []


def test_minimum_wage_is_the_one_in_force_when_the_probation_began():
    start = date(2025, 3, 1)
    contract = fixed(start, date(2028, 2, 29), date(2025, 8, 31), Decimal(2600), wage=Decimal(3000))
    history = [(date(2024, 7, 1), Decimal(2690)), (date(2025, 7, 1), Decimal(2740))]
    found = contract_findings(
        start, [contract], date(2025, 9, 1), employed=True, monthly_wage=WAGE, minimum_wages=history
    )
    assert [f.detail for f in found if f.rule == "probation_wage_below_minimum"] == [
        "合同HT-1试用期工资2,600.00 元，当地最低工资2,690.00 元"
    ]


def test_a_signed_open_ended_contract_ends_the_deemed_finding():
    hire = date(2025, 1, 10)
    signed = ContractTerms(
        "HT-9", ContractKind.OPEN_ENDED, date(2026, 3, 1), None, None, None, WAGE, date(2026, 3, 1)
    )
    assert rules(hire, [signed], date(2026, 6, 1)) == ["late_written_contract"]


def test_wording_on_the_last_day_and_at_the_cap():
    hire = date(2026, 1, 10)
    last_day = contract_findings(hire, [], date(2026, 2, 9), employed=True, monthly_wage=WAGE)[0]
    assert "最迟于2026-02-09（含当日）签订（今天是最后一天）" in last_day.detail
    capped = contract_findings(
        date(2024, 1, 10), [], date(2026, 6, 1), employed=True, monthly_wage=WAGE
    )[0]
    assert "已达法定上限（11个月）" in capped.detail
