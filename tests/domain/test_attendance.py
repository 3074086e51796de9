"""What payroll takes from a month's attendance (domain-cn.md §5, §14)."""

from decimal import Decimal

from hrdesk.domain.attendance import (
    LateRule,
    MonthAttendance,
    OvertimeHours,
    RestDayOvertime,
    hours_to_days,
    late_deduction,
    leave_in_text,
    payroll_feed,
)
from hrdesk.domain.leave import LEAVE_TYPES, CompanyLeave, company_leave_types, unpaid_names
from hrdesk.domain.statutory_holidays import statutory_days

D = Decimal
UNPAID = unpaid_names(LEAVE_TYPES)


def test_hours_become_days_at_eight_never_against_the_employee():
    assert hours_to_days(D(4)) == D("0.5")
    assert hours_to_days(D(1)) == D("0.12")  # a deduction rounds down
    assert hours_to_days(D(1), favour="up") == D("0.13")  # a 调休 credit rounds up


def test_absence_is_unpaid_leave_plus_days_absent():
    month = MonthAttendance(absent_days=D("0.5"), leave_days={"事假": D(1), "病假": D(2)})
    feed = payroll_feed(month, RestDayOvertime.PAY, LateRule(), UNPAID)
    assert (feed.personal_leave_days, feed.sick_leave_days) == (D("1.5"), D(2))


def test_a_company_unpaid_type_is_deducted_and_its_paid_type_is_not():
    types = company_leave_types(
        [CompanyLeave("家事假", 5, "员工手册第8条", paid=False), CompanyLeave("育儿假", 10)]
    )
    month = MonthAttendance(leave_days={"事假": D(1), "家事假": D(2), "育儿假": D(3)})
    feed = payroll_feed(month, RestDayOvertime.PAY, LateRule(), unpaid_names(types))
    assert feed.personal_leave_days == D(3)


def test_rest_day_overtime_paid_or_time_off_by_company_rule():
    month = MonthAttendance(overtime=OvertimeHours(D(4), D(8), D(3), rest_day_lieu=D(4)))
    paid = payroll_feed(month, RestDayOvertime.PAY, LateRule(), UNPAID)
    assert (paid.rest_day_overtime_hours, paid.lieu_credit_days) == (D(8), D("0.5"))
    lieu = payroll_feed(month, RestDayOvertime.LIEU, LateRule(), UNPAID)
    assert (lieu.rest_day_overtime_hours, lieu.lieu_credit_days) == (D(0), D("1.5"))
    assert (lieu.workday_overtime_hours, lieu.holiday_overtime_hours) == (D(4), D(3))


def test_weekday_overtime_asked_as_time_off_is_paid_anyway():
    month = MonthAttendance(overtime=OvertimeHours(workday_lieu=D(2), holiday_lieu=D(8)))
    feed = payroll_feed(month, RestDayOvertime.PAY, LateRule(), UNPAID)
    assert (feed.workday_overtime_hours, feed.holiday_overtime_hours) == (D(2), D(8))
    assert feed.lieu_credit_days == 0
    assert feed.notes


def test_late_arrivals_cost_nothing_unless_the_rule_is_on():
    assert late_deduction(5, LateRule()) == 0
    assert late_deduction(5, LateRule(True, 2, D(30), "员工手册")) == D(90)


def test_applications_in_text():
    assert leave_in_text("事假 8小时") == [("事假", D(8), "时")]
    assert leave_in_text("年假1天；病假 30分钟") == [
        ("年休假", D(1), "天"),
        ("病假", D("0.5"), "时"),
    ]
    assert leave_in_text("加班 2.5小时") == [("加班", D("2.5"), "时")]
    assert leave_in_text("外出") == []


def test_statutory_days_of_2026_and_2024():
    qingming = lambda year: __import__("datetime").date(year, 4, 5 if year == 2026 else 4)  # noqa: E731
    days_2026 = statutory_days(2026, qingming)
    assert len(days_2026) == 13  # 2024 revision: 春节 4 days, 劳动节 2
    assert days_2026[__import__("datetime").date(2026, 2, 16)] == "春节"  # 除夕
    assert len(statutory_days(2024, qingming)) == 11


def test_statutory_days_are_known_ahead_for_the_next_years():
    """The law fixes the statutory days; only the State Council's make-up days wait for its
    notice. 2027: 除夕 is 5 February, 端午 9 June, 中秋 15 September."""
    from datetime import date

    days = statutory_days(2027, lambda year: date(year, 4, 5))
    assert len(days) == 13
    assert [day for day, name in days.items() if name == "春节"] == [
        date(2027, 2, 5),
        date(2027, 2, 6),
        date(2027, 2, 7),
        date(2027, 2, 8),
    ]
    assert days[date(2027, 6, 9)] == "端午节" and days[date(2027, 9, 15)] == "中秋节"
    assert days[date(2027, 5, 2)] == "劳动节" and days[date(2027, 10, 3)] == "国庆节"


def test_a_company_s_own_leave_is_recognised_by_its_name():
    from hrdesk.domain.attendance import leave_names
    from hrdesk.domain.leave import LEAVE_TYPES, Counts, LeaveType, Pay

    own = LeaveType("家事假", Pay.UNPAID, Counts.WORKDAYS, 5, added=True)
    names = leave_names([*LEAVE_TYPES, own])
    assert leave_in_text("家事假 1天；年假1天", names) == [
        ("家事假", D(1), "天"),
        ("年休假", D(1), "天"),
    ]
    # a company without it reads the 事假 in its name, as before: unpaid personal leave
    assert leave_in_text("家事假 1天") == [("事假", D(1), "天")]
