"""The collection-risk score: each factor's normalisation and the weighted sum, by hand."""

from decimal import Decimal as D

import pytest

from hrdesk.domain import risk
from hrdesk.domain.risk import DueInvoice, History


def history(**changes) -> History:
    base = dict(
        due=[DueInvoice(D(1000), 0, False)],
        balance=D(0),
        overdue=D(0),
        oldest_overdue_days=0,
        letter_disputed=False,
        letter_unanswered=False,
        limitation_days_left=None,
        sales_12_months=D(12000),
    )
    return History(**(base | changes))


def test_a_customer_who_always_paid_on_time_scores_zero():
    result = risk.score(history())
    assert result.score == 0 and result.grade == "低"


def test_worked_example_every_factor():
    # Two invoices due: 3,000 paid 30 days late in two payments, 1,000 open 60 days overdue.
    # late days (3000×30 + 1000×60)/4000 = 37.5 → 37.5/90 = 0.41667 × 20 = 8.3 points
    # not on time: all 4,000 late → 1 × 15 = 15.0
    # oldest overdue 60/365 = 0.16438 × 15 = 2.5
    # overdue share 1000/1500 = 0.6667 × 15 = 10.0
    # paid in parts: 1 of 2 → 0.5 × 5 = 2.5
    # letters: unanswered → 0.6 × 10 = 6.0
    # limitation 1000 days left → 1 − 1000/730 < 0 → 0
    # balance 1,500 / sales 6,000 = 0.25 × 10 = 2.5
    # total 46.8 → 47, 中
    result = risk.score(
        history(
            due=[DueInvoice(D(3000), 30, True), DueInvoice(D(1000), 60, False)],
            balance=D(1500),
            overdue=D(1000),
            oldest_overdue_days=60,
            letter_unanswered=True,
            limitation_days_left=1000,
            sales_12_months=D(6000),
        )
    )
    assert result.points == {
        "late_days": D("8.3"),
        "on_time": D("15.0"),
        "oldest_overdue": D("2.5"),
        "overdue_share": D("10.0"),
        "partial": D("2.5"),
        "letters": D("6.0"),
        "limitation": D("0.0"),
        "balance_to_sales": D("2.5"),
    }
    assert result.score == 47 and result.grade == "中"


def test_no_history_is_not_a_good_history():
    result = risk.score(history(due=[]))
    # three history factors at 0.5: (20 + 15 + 5) × 0.5 = 20
    assert result.score == 20
    assert result.values["late_days"] == risk.UNKNOWN


def test_a_balance_without_sales_in_twelve_months_takes_the_worst_value():
    result = risk.score(history(balance=D(500), sales_12_months=D(0)))
    assert result.values["balance_to_sales"] == 1
    assert result.points["balance_to_sales"] == D("10.0")


def test_a_disputed_letter_and_an_expired_limitation_are_worst():
    values = risk.factor_values(history(letter_disputed=True, limitation_days_left=-5))
    assert values["letters"] == 1 and values["limitation"] == 1


def test_grades_and_weights_are_the_users():
    assert risk.grade(60) == "高" and risk.grade(59) == "中" and risk.grade(29) == "低"
    assert risk.grade(50, (50, 20)) == "高"
    only_letters = {key: 0 for key in risk.DEFAULT_WEIGHTS} | {"letters": 1}
    assert risk.score(history(letter_disputed=True), only_letters).score == 100
    with pytest.raises(ValueError):
        risk.check_weights({key: 0 for key in risk.DEFAULT_WEIGHTS})
    with pytest.raises(ValueError):
        risk.check_grades(30, 60)
