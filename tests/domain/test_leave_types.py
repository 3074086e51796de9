"""The company's leave types (domain-cn.md §12): the law's types are the floor, a province's
days go over them, a company adds its own; a request beyond the days needs its reason."""

from decimal import Decimal

import pytest

from hrdesk.domain.leave import (
    LEAVE_TYPES,
    CompanyLeave,
    Pay,
    Per,
    allowance_problem,
    company_leave_problem,
    company_leave_types,
    leave_type,
)

D = Decimal
GUANGDONG = (
    CompanyLeave("婚假", 13, "广东省人口与计划生育条例"),
    CompanyLeave("产假", 178, "广东省人口与计划生育条例"),
    CompanyLeave("陪产假", 15, "广东省人口与计划生育条例"),
    CompanyLeave("育儿假", 10, "广东省人口与计划生育条例：每名子女每年", per=Per.YEAR),
)


def test_the_provinces_days_replace_the_national_ones():
    types = company_leave_types(GUANGDONG)
    marriage = leave_type("婚假", types)
    assert (marriage.days, marriage.source, marriage.pay) == (
        13,
        "广东省人口与计划生育条例",
        Pay.FULL,
    )
    assert leave_type("产假", types).days == 178
    assert leave_type("陪产假", types).days == 15
    childcare = leave_type("育儿假", types)
    assert (childcare.added, childcare.pay, childcare.per) == (True, Pay.FULL, Per.YEAR)
    assert leave_type("婚假", LEAVE_TYPES).days == 3  # the national defaults are untouched


@pytest.mark.parametrize(
    ("entry", "said"),
    [
        (CompanyLeave("婚假", 2), "婚假不能少于法定的3天（劳动部〔1959〕）"),
        (CompanyLeave("产假", 90), "产假不能少于法定的98天（女职工劳动保护特别规定第7条）"),
        (CompanyLeave("事假", None, paid=True), "事假是否带薪由法律或规定确定（无薪），不能更改"),
        (CompanyLeave("婚假", 13, active=False), "婚假是法定假期，不能停用"),
        (CompanyLeave("年休假", 20), "年休假的天数按规则计算"),
        (CompanyLeave("育儿假", None), "请填写育儿假的天数"),
    ],
)
def test_the_law_wins_over_the_companys_entry(entry, said):
    assert said in company_leave_problem(entry)


def test_the_companys_lawful_entries_pass():
    for entry in (
        *GUANGDONG,
        CompanyLeave("事假", 10, paid=False),
        CompanyLeave("家事假", 3, paid=False),
    ):
        assert company_leave_problem(entry) == ""


def test_a_stored_value_under_the_minimum_still_gives_the_minimum():
    assert leave_type("婚假", company_leave_types([CompanyLeave("婚假", 1)])).days == 3


def test_a_stopped_company_type_is_listed_but_not_offered():
    types = company_leave_types([CompanyLeave("家事假", 3, paid=False, active=False)])
    assert types[-1].name == "家事假" and not types[-1].active
    with pytest.raises(ValueError, match="没有“家事假”这种假期"):
        leave_type("家事假", types)


def test_a_request_within_the_provinces_days_needs_no_reason():
    # 广东: 婚假 3 + 10 days. Ten working days are beyond the national 3, within 广东's 13.
    national = leave_type("婚假", LEAVE_TYPES)
    guangdong = leave_type("婚假", company_leave_types(GUANGDONG))
    assert "婚假每次3天" in allowance_problem(national, D(10), D(0), "")
    assert allowance_problem(guangdong, D(10), D(0), "") == ""
    assert "本次共14天超出" in allowance_problem(guangdong, D(14), D(0), "")
    assert allowance_problem(guangdong, D(14), D(0), "再婚，另有证明") == ""


def test_a_yearly_allowance_counts_the_years_requests_together():
    childcare = leave_type("育儿假", company_leave_types(GUANGDONG))
    assert allowance_problem(childcare, D(4), D(6), "") == ""
    assert "本次共11天超出" in allowance_problem(childcare, D(5), D(6), "")
    assert allowance_problem(childcare, D(5), D(6), "第二个子女") == ""
