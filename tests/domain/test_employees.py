from datetime import date
from decimal import Decimal

from hrdesk.domain.deductions import DeductionKind, deduction_problems
from hrdesk.domain.employees import EmployeeRecord, employee_problems

VALID = EmployeeRecord(
    "E001", "张三", "11010519491231002X", "财务部", date(2020, 3, 1), Decimal(8000)
)


def fields(record):
    return [(p.field, p.warning) for p in employee_problems(record)]


def test_a_complete_record_passes():
    assert employee_problems(VALID) == []


def test_each_field_check():
    from dataclasses import replace

    assert fields(replace(VALID, id_number="110105194912310021")) == [("身份证号", False)]
    assert fields(replace(VALID, hire_date=date(1965, 12, 30))) == [("入职日期", False)]
    assert fields(replace(VALID, hire_date=date(1965, 12, 31))) == []  # 16 that day
    assert fields(replace(VALID, base_salary=Decimal(0))) == [("基本工资", False)]
    assert fields(replace(VALID, phone="1381234567")) == [("手机号", False)]
    assert fields(replace(VALID, bank_card="6222021234567890129")) == [("银行卡号", True)]
    assert fields(replace(VALID, housing_fund_rate=Decimal("0.13"))) == [("公积金比例", False)]
    assert fields(replace(VALID, housing_fund_rate=Decimal("0.12"))) == []
    assert fields(replace(VALID, commission_rate=Decimal("1.5"))) == [("提成比例", False)]
    assert fields(replace(VALID, manager_no="E001")) == [("直属上级", False)]


def test_special_deductions():
    k = DeductionKind
    assert (
        deduction_problems({k.CHILD_EDUCATION: Decimal(3000), k.ELDERLY_CARE: Decimal(1500)}) == []
    )
    assert deduction_problems({k.CHILD_EDUCATION: Decimal(1500)})[0][0] is k.CHILD_EDUCATION
    assert deduction_problems({k.ELDERLY_CARE: Decimal(3001)})[0][0] is k.ELDERLY_CARE
    assert deduction_problems({k.HOUSING_RENT: Decimal(1200)})[0][0] is k.HOUSING_RENT
    both = deduction_problems({k.MORTGAGE_INTEREST: Decimal(1000), k.HOUSING_RENT: Decimal(1500)})
    assert both == [(k.HOUSING_RENT, "住房贷款利息与住房租金不能同时扣除")]
    assert (
        deduction_problems({k.CONTINUING_EDUCATION: Decimal(400), k.INFANT_CARE: Decimal(2000)})
        == []
    )
