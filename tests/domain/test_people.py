"""People rules: the pipeline, the first month's deadlines, periods, 绩效工资 and 收入证明's average."""

from datetime import date
from decimal import Decimal

import pytest

from hrdesk.domain.people import (
    PerformanceRule,
    Stage,
    achievement,
    average_monthly,
    draft_contract,
    first_month_duties,
    id_password,
    missed,
    parse_period,
    performance_pay,
    removal_due,
    stage_problem,
)

D = Decimal


def test_the_pipeline_moves_forward_or_out_and_never_back():
    assert stage_problem(Stage.NEW, Stage.SCREENING) is None
    assert stage_problem(Stage.INTERVIEW, Stage.OFFERED) is None
    assert stage_problem(Stage.OFFERED, Stage.REJECTED) is None  # the offer declined
    assert "不能改为“新简历”" in stage_problem(Stage.INTERVIEW, Stage.NEW)
    assert stage_problem(Stage.NEW, Stage.OFFERED) is not None  # no offer without an interview
    assert stage_problem(Stage.REJECTED, Stage.INTERVIEW) is not None
    assert stage_problem(Stage.HIRED, Stage.REJECTED) is not None


def test_first_month_deadlines_count_from_the_first_working_day():
    contract, social = first_month_duties(date(2026, 3, 16))
    assert contract.due == date(2026, 4, 15)  # one month: 16 March to 15 April (Art. 10)
    assert social.due == date(2026, 4, 14)  # thirty days, the first included (社会保险法 第58条)
    # a month from 31 January ends on the last day of February
    assert first_month_duties(date(2026, 1, 31))[0].due == date(2026, 2, 28)


def test_the_draft_contract_is_three_years_with_six_months_probation_at_full_wage():
    terms = draft_contract(date(2026, 12, 1), D(8000))
    assert terms.end == date(2029, 11, 30)
    assert terms.probation_end == date(2027, 5, 31)
    assert terms.probation_wage == terms.contract_wage == D(8000)
    assert draft_contract(date(2026, 12, 1), D(8000), years=2).probation_end == date(2027, 1, 31)


def test_retention_counts_from_the_day_the_candidate_was_turned_down():
    assert removal_due(date(2026, 1, 10), 180) == date(2026, 7, 9)


@pytest.mark.parametrize(
    ("text", "label", "start", "end"),
    [
        ("2026-11", "2026-11", date(2026, 11, 1), date(2026, 11, 30)),
        ("2026-3", "2026-03", date(2026, 3, 1), date(2026, 3, 31)),
        ("2026-Q3", "2026-Q3", date(2026, 7, 1), date(2026, 9, 30)),
        ("2026q1", "2026-Q1", date(2026, 1, 1), date(2026, 3, 31)),
    ],
)
def test_periods_are_months_or_quarters(text, label, start, end):
    period = parse_period(text)
    assert (period.label, period.start, period.end) == (label, start, end)


def test_a_quarter_has_its_three_months():
    assert parse_period("2026-Q4").months == [
        date(2026, 10, 1),
        date(2026, 11, 1),
        date(2026, 12, 1),
    ]


@pytest.mark.parametrize("text", ["2026-13", "2026-Q5", "26-11", "2026年11月", ""])
def test_other_periods_are_refused_with_the_forms_that_work(text):
    with pytest.raises(ValueError, match="YYYY-Qn"):
        parse_period(text)


def test_achievement_and_missed_targets():
    assert achievement(D(30000), D(12000)) == D("40.0")
    assert achievement(None, D(5)) is None
    assert missed(D(30000), D(12000)) and not missed(D(30000), D(30000))
    assert not missed(None, D(0))


def test_performance_pay_by_grade_as_amount_or_share_of_base():
    setting = {"enabled": True, "mode": "amount", "grades": {"A": "2000", "C": "0"}}
    rule = PerformanceRule.from_setting(setting)
    assert performance_pay(rule, "A", D(8000)) == D("2000.00")
    assert performance_pay(rule, "B", D(8000)) is None  # no rule for B: payroll left alone
    by_share = PerformanceRule.from_setting({**setting, "mode": "percent", "grades": {"A": "15"}})
    assert performance_pay(by_share, "A", D("8333.33")) == D("1250.00")
    assert not PerformanceRule.from_setting({}).enabled


def test_income_certificate_average_is_exact_to_the_fen():
    assert average_monthly([D(10000), D(10000), D(10001)]) == D("10000.33")
    with pytest.raises(ValueError, match="没有已审核"):
        average_monthly([])


def test_the_payslip_password_is_the_last_six_with_a_capital_x():
    assert id_password("11010519850101001x") == "01001X"
