"""Starting mid-year: opening balances, declared deductions with months, December's
confirmation, and the bonus's two methods — run and approved through the services."""

import json
from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from hrdesk.domain.deductions import DeductionKind
from hrdesk.domain.employees import EmployeeRecord
from hrdesk.domain.identifiers import resident_id_check_character
from hrdesk.domain.roles import Role
from hrdesk.domain.social_insurance import InsuranceItem, ItemPolicy, Rounding
from hrdesk.services import attention, employees, exports, imports, payroll, policies
from hrdesk.services.actor import Actor, command_line_actor
from hrdesk.services.tax_year import declarations, opening
from hrdesk.storage.models import AuditEntry, OpeningBalance, PayrollMonth, Payslip

ADMIN = command_line_actor()
CLERK = Actor("人事小王", Role.HR, 1)
FINANCE = Actor("财务小李", Role.FINANCE, 2)
D = Decimal
TODAY = date(2026, 11, 27)
OPENING_HEADERS = [
    "工号",
    "年度",
    "截至月份",
    "累计收入",
    "累计免税收入",
    "累计减除费用",
    "累计专项扣除",
    "累计专项附加扣除",
    "累计其他扣除",
    "累计已预扣预缴税额",
    "年休假已休天数",
]
DEDUCTION_HEADERS = ["工号", "项目", "每月金额", "起始月份", "截止月份", "备注"]
JUNE = ["E001", 2026, 6, 180000, 0, 30000, 27000, 12000, 0, 8580, 3]


def _id(first17: str) -> str:
    return first17 + resident_id_check_character(first17)


def _person(number: str, hired: date, deductions=None, start=None) -> EmployeeRecord:
    return EmployeeRecord(
        number,
        f"员工{number}",
        _id(f"110105198001{int(number[1:]):02d}001"),
        "财务部",
        hired,
        D(30000),
        social_city="测试市",
        social_base=D(30000),
        housing_fund_rate=D(0),
        deductions=deductions or {},
        deductions_from=start,
    )


@pytest.fixture
def company(database):
    """测试市 takes exactly 4,500 of 30,000 (one item at 15%), as in the worked example."""
    with database.sessions.begin() as session:
        pension = ItemPolicy(
            "测试市",
            InsuranceItem.PENSION,
            date(2025, 1, 1),
            D("0.15"),
            D("0.16"),
            D(5000),
            D(40000),
            D(0),
            Rounding.FEN,
            "测试",
        )
        policies.save(session, ADMIN, [policies.PolicyChange(pension, None, False)])
    return database


def _hire(database, record, today=date(2026, 7, 1)) -> int:
    with database.sessions.begin() as session:
        result = employees.save(session, CLERK, record, None, today)
        assert result.errors == []
        return result.employee_id


def _sheet(path, headers, rows):
    workbook = Workbook()
    workbook.active.append(headers)
    for row in rows:
        workbook.active.append(row)
    workbook.save(path)
    return path


def _import(database, kind, path, today=TODAY):
    with database.sessions.begin() as session:
        return imports.import_file(session, ADMIN, kind, path, today)


def _pay(database, *months):
    warnings = []
    for month in months:
        with database.sessions.begin() as session:
            warnings += payroll.run(session, CLERK, month).warnings
            payroll.approve(session, FINANCE, month)
    return warnings


def _slip(database, month, employee_id=None) -> Payslip:
    with database.sessions() as session:
        row = session.scalar(select(PayrollMonth).where(PayrollMonth.month == month))
        query = select(Payslip).where(Payslip.month_id == row.id)
        if employee_id is not None:
            query = query.where(Payslip.employee_id == employee_id)
        return session.scalar(query)


def _figures(slip: Payslip) -> dict[str, str]:
    return json.loads(slip.detail)


def test_the_worked_example_adopted_in_july(company, tmp_path):
    # domain-cn §11: opening through June 180,000 / 30,000 / 27,000 / 12,000, 8,580 paid.
    _hire(company, _person("E001", date(2020, 1, 1), {DeductionKind.CHILD_EDUCATION: D(2000)}))
    plan = _import(
        company, "opening-balances", _sheet(tmp_path / "o.xlsx", OPENING_HEADERS, [JUNE])
    )
    assert plan.ok and plan.added == 1
    _pay(company, date(2026, 7, 1), date(2026, 8, 1))
    july, august = _slip(company, date(2026, 7, 1)), _slip(company, date(2026, 8, 1))
    assert (july.income_tax, august.income_tax) == (D("1850.00"), D("2250.00"))
    # The months the opening covers are never caught up: July deducts July's 2,000 only.
    assert july.tax_additional_deduction == D(2000)
    figures = _figures(august)
    assert D(figures["累计减除费用"]) == 40000 and D(figures["累计专项附加扣除"]) == 16000
    assert figures["期初截至月份"] == "6" and figures["期初累计已预扣税额"] == "8580.00"
    # The payslip says where the figures came from.
    with company.sessions() as session:
        [(data, _six)] = payroll.payslip_documents(session, ADMIN, date(2026, 8, 1))
    sources = next(n for n in data.notes if n.startswith("累计数来源"))
    assert "期初（1–6月，导入）：收入 180,000.00" in sources
    assert "本系统计算（7–8月）：收入 60,000.00，减除费用 10,000.00" in sources
    assert "8,580.00" in sources
    with company.sessions.begin() as session:
        wages, _bonuses = payroll.tax_rows(session, ADMIN, date(2026, 8, 1))
    assert wages[0][-1].startswith("1–6月期初专项附加扣除12,000.00元未分项")


def test_without_opening_balances_the_first_month_warns(company):
    _hire(company, _person("E001", date(2020, 1, 1)))
    with company.sessions.begin() as session:
        warnings = payroll.run(session, CLERK, date(2026, 7, 1)).warnings
    assert any("1–6月不在本系统中" in w and "E001" in w for w in warnings)


def test_declaring_in_april_from_january_catches_up_in_april(company, tmp_path):
    employee_id = _hire(company, _person("E001", date(2020, 1, 1)), today=date(2026, 1, 5))
    _pay(company, date(2026, 1, 1), date(2026, 2, 1), date(2026, 3, 1))
    taxes = [_slip(company, date(2026, m, 1)).income_tax for m in (1, 2, 3)]
    assert taxes == [D("615.00"), D("965.00"), D("2050.00")]  # no deduction declared yet
    rows = [["E001", "子女教育", 2000, "2026-01", None, "一孩"]]
    plan = _import(
        company,
        "deductions",
        _sheet(tmp_path / "d.xlsx", DEDUCTION_HEADERS, rows),
        date(2026, 4, 10),
    )
    assert plan.ok and plan.added == 1
    _pay(company, date(2026, 4, 1), date(2026, 5, 1))
    april = _slip(company, date(2026, 4, 1), employee_id)
    # 120,000 − 20,000 − 18,000 − 8,000 (January to April at once) = 74,000 → 4,880 − 3,630:
    # from here on the year is where the worked example (declared in January) stands.
    assert april.tax_additional_deduction == D(8000)
    assert april.income_tax == D("1250.00")
    assert _figures(april)["子女教育(专项附加)"] == "8000.00"
    # From then on one month at a time, and the year ends where the worked example does.
    may = _slip(company, date(2026, 5, 1), employee_id)
    assert may.tax_additional_deduction == D(2000) and may.income_tax == D("1850.00")
    # The tax file's 累计子女教育 adds up January to May.
    with company.sessions.begin() as session:
        wages, _bonuses = payroll.tax_rows(session, ADMIN, date(2026, 5, 1))
    assert wages[0][10] == D(10000)


def test_a_may_hire_deducts_from_the_hire_month(company):
    employee_id = _hire(
        company,
        _person("E002", date(2026, 5, 18), {DeductionKind.HOUSING_RENT: D(1500)}),
        today=date(2026, 6, 2),
    )
    with company.sessions() as session:
        [row] = declarations.rows(session, ADMIN, employee_id)
    assert row.declaration.start == date(2026, 5, 1)  # not January: hired in May
    _pay(company, date(2026, 5, 1))
    may = _slip(company, date(2026, 5, 1))
    assert may.tax_additional_deduction == D(1500)
    assert D(_figures(may)["累计减除费用"]) == 5000


def test_opening_balances_and_a_late_declaration_together(company, tmp_path):
    _hire(company, _person("E001", date(2020, 1, 1)))
    no_deduction_before = ["E001", 2026, 6, 180000, 0, None, 27000, 0, 0, 9900, None]
    assert _import(
        company,
        "opening-balances",
        _sheet(tmp_path / "o.xlsx", OPENING_HEADERS, [no_deduction_before]),
    ).ok
    _pay(company, date(2026, 7, 1))
    rows = [["E001", "子女教育", 2000, "2026-01", None, None]]
    assert _import(
        company,
        "deductions",
        _sheet(tmp_path / "d.xlsx", DEDUCTION_HEADERS, rows),
        date(2026, 8, 3),
    ).ok
    _pay(company, date(2026, 8, 1))
    # July and August only: January to June belong to the old payroll's figures.
    assert _slip(company, date(2026, 8, 1)).tax_additional_deduction == D(4000)
    figures = _figures(_slip(company, date(2026, 8, 1)))
    assert D(figures["累计专项附加扣除"]) == 4000
    assert D(figures["累计减除费用"]) == 40000  # 30,000 worked out for January–June, then 10,000


def test_bad_opening_figures_are_refused_row_by_row_with_nothing_written(company, tmp_path):
    _hire(company, _person("E001", date(2020, 1, 1)))
    _hire(company, _person("E003", date(2020, 1, 1)))
    _pay(company, date(2026, 1, 1))
    rows = [
        ["E001", 2025, 6, -100, 0, None, 0, 0, 0, 0, None],  # negative
        ["E001", 2023, 12, 100, 0, None, 0, 0, 0, 0, None],  # month out of range
        ["E404", 2025, 6, 100, 0, None, 0, 0, 0, 0, None],  # unknown 工号
        ["E003", 2026, 3, 100, 0, None, 0, 0, 0, 0, None],  # January 2026 already run
        ["E001", 2024, 6, 100, 0, None, 0, 0, 0, 5, None],  # fine on its own
        ["E001", 2024, 5, 100, 0, None, 0, 0, 0, 5, None],  # the same employee and year again
    ]
    plan = _import(
        company, "opening-balances", _sheet(tmp_path / "bad.xlsx", OPENING_HEADERS, rows)
    )
    assert not plan.ok
    assert [(p.row, p.column) for p in plan.problems] == [
        (2, "累计收入"),
        (3, "截至月份"),
        (4, "工号"),
        (5, "截至月份"),
        (7, "工号"),
    ]
    assert "已由本系统计算" in plan.problems[3].reason
    with company.sessions() as session:
        assert session.scalar(select(func.count()).select_from(OpeningBalance)) == 0


def test_opening_balances_reimport_and_export_round_trip(company, tmp_path):
    _hire(company, _person("E001", date(2020, 1, 1)))
    path = _sheet(tmp_path / "o.xlsx", OPENING_HEADERS, [JUNE])
    assert _import(company, "opening-balances", path).added == 1
    again = _import(company, "opening-balances", path)
    assert (again.added, again.updated, again.unchanged) == (0, 0, 1)
    with company.sessions.begin() as session:
        assert exports.export(session, ADMIN, "opening-balances", tmp_path / "out.xlsx", TODAY) == 1
        [shown] = opening.rows(session, ADMIN, 2026)
        assert shown.balance.withheld == D(8580) and shown.basic_deduction == D(30000)
    back = _import(company, "opening-balances", tmp_path / "out.xlsx")
    assert back.ok and back.unchanged == 1
    corrected = _import(
        company,
        "opening-balances",
        _sheet(tmp_path / "c.xlsx", OPENING_HEADERS, [[*JUNE[:9], 8600, 3]]),
    )
    assert corrected.updated == 1
    with company.sessions() as session:
        assert session.scalar(
            select(AuditEntry)
            .where(AuditEntry.action == "导入期初数据")
            .order_by(AuditEntry.id.desc())
        ).new_value.endswith("已预扣税额8600.00")


def test_deductions_import_checks_items_and_round_trips(company, tmp_path):
    _hire(company, _person("E001", date(2020, 1, 1)))
    rows = [
        ["E001", "住房贷款利息", 1000, "2026-01", None, None],
        ["E001", "住房租金", 1500, "2026-03", None, None],  # beside the mortgage
        ["E001", "继续教育职业资格", 3600, "2026-05", None, "电工证"],
        ["E001", "子女教育", 2000, "2026-01", "2025-12", None],  # ends before it starts
        ["E001", "子女教育", 2000, "2026-02", None, None],
        ["E001", "子女教育", 2000, "2026-02", None, None],  # the same item twice
        ["E001", "3岁以下婴幼儿照护", 2000, "2026-02", None, None],
    ]
    plan = _import(company, "deductions", _sheet(tmp_path / "d.xlsx", DEDUCTION_HEADERS, rows))
    assert [(p.row, p.column) for p in plan.problems] == [
        (3, "项目"),
        (5, "截止月份"),
        (7, "工号"),
    ]
    good = [rows[0], rows[2], rows[4], rows[6]]
    path = _sheet(tmp_path / "good.xlsx", DEDUCTION_HEADERS, good)
    assert _import(company, "deductions", path).added == 4
    assert _import(company, "deductions", path).unchanged == 4
    with company.sessions.begin() as session:
        exports.export(session, ADMIN, "deductions", tmp_path / "out.xlsx", TODAY)
    assert _import(company, "deductions", tmp_path / "out.xlsx").unchanged == 4
    _pay(company, date(2026, 5, 1))
    figures = _figures(_slip(company, date(2026, 5, 1)))
    assert figures["继续教育职业资格(专项附加)"] == "3600.00"  # once, in its year
    assert figures["婴幼儿照护(专项附加)"] == "8000.00"  # February to May


def test_the_roster_start_month_column(company, tmp_path):
    headers = [
        "工号",
        "姓名",
        "身份证号",
        "部门",
        "入职日期",
        "基本工资",
        "子女教育",
        "扣除起始月份",
    ]
    rows = [
        ["E001", "甲", _id("11010519800101001"), "财务部", "2020-01-01", 9000, 2000, None],
        ["E002", "乙", _id("11010519800102001"), "财务部", "2026-05-18", 9000, 2000, None],
        ["E003", "丙", _id("11010519800103001"), "财务部", "2020-01-01", 9000, 2000, "2026-04"],
    ]
    path = _sheet(tmp_path / "e.xlsx", headers, rows)
    assert _import(company, "employees", path).added == 3
    with company.sessions() as session:
        starts = [r.declaration.start for r in declarations.rows(session, ADMIN)]
    assert starts == [date(2026, 1, 1), date(2026, 5, 1), date(2026, 4, 1)]
    again = _import(company, "employees", path)
    assert (again.updated, again.unchanged) == (0, 3)
    with company.sessions.begin() as session:
        exports.export(session, ADMIN, "employees", tmp_path / "out.xlsx", TODAY)
    assert _import(company, "employees", tmp_path / "out.xlsx").unchanged == 3


def test_december_lists_lapsing_declarations_until_confirmed(company):
    employee_id = _hire(
        company, _person("E001", date(2020, 1, 1), {DeductionKind.CHILD_EDUCATION: D(2000)})
    )
    with company.sessions() as session:
        assert declarations.unconfirmed_declarations(session, date(2026, 11, 30)) == []
        [item] = declarations.unconfirmed_declarations(session, date(2026, 12, 1))
        assert "2027 年起失效" in item.title and item.page == "payroll"
        assert item in attention.items_for(session, ADMIN, date(2026, 12, 1))
        assert declarations.in_force(session, [employee_id], date(2027, 1, 1))[employee_id] == {}
    with company.sessions.begin() as session:
        assert declarations.confirm_next_year(session, CLERK, 2026) == 1
    with company.sessions() as session:
        assert declarations.unconfirmed_declarations(session, date(2026, 12, 1)) == []
        assert declarations.in_force(session, [employee_id], date(2027, 1, 1))[employee_id] == {
            DeductionKind.CHILD_EDUCATION: D(2000)
        }


def test_the_bonus_both_figures_and_the_employees_choice(company):
    apart = _hire(company, _person("E001", date(2020, 1, 1)), today=date(2026, 1, 2))
    merged = _hire(company, _person("E002", date(2020, 1, 1)), today=date(2026, 1, 2))
    with company.sessions.begin() as session:
        for employee_id, choice in ((apart, False), (merged, True)):
            payroll.save_inputs(
                session,
                CLERK,
                date(2026, 1, 1),
                employee_id,
                {"annual_bonus": D(36000), "bonus_merged": choice},
            )
    _pay(company, date(2026, 1, 1))
    separate = _figures(_slip(company, date(2026, 1, 1), apart))
    # 36,000 apart: 1,080 + wages 615. Merged: 66,000 − 5,000 − 4,500 = 56,500 → 3,130.
    assert separate["奖金单独计税时个税合计"] == "1695.00"
    assert separate["奖金并入工资时个税合计"] == "3130.00"
    assert separate["年终奖个税"] == "1080.00" and separate["奖金并入工资"] == "0"
    chosen = _slip(company, date(2026, 1, 1), merged)
    assert chosen.bonus_tax == D(0) and chosen.tax_income == D(66000)
    assert chosen.income_tax == D("3130.00")
    both = _figures(chosen)
    assert both["奖金并入工资"] == "1" and both["奖金单独计税时个税合计"] == "1695.00"
    with company.sessions() as session:
        documents = payroll.payslip_documents(session, ADMIN, date(2026, 1, 1), "E002")
    assert any("本月按并入当月工资" in note for note in documents[0][0].notes)


def test_after_2027_a_bonus_is_merged_with_a_note(company):
    employee_id = _hire(company, _person("E001", date(2020, 1, 1)), today=date(2028, 1, 2))
    with company.sessions.begin() as session:
        payroll.save_inputs(
            session, CLERK, date(2028, 1, 1), employee_id, {"annual_bonus": D(36000)}
        )
        summary = payroll.run(session, CLERK, date(2028, 1, 1))
    assert any("2027年12月31日到期" in w for w in summary.warnings)
    slip = _slip(company, date(2028, 1, 1))
    assert slip.bonus_tax == D(0) and slip.tax_income == D(66000)


def test_housing_fund_rates_outside_5_to_12_percent_are_warned(company, tmp_path):
    _hire(company, replace(_person("E001", date(2020, 1, 1)), housing_fund_rate=None))
    headers = ["城市", "生效日期", "项目", "个人比例", "单位比例", "基数下限", "基数上限"]
    rows = [["测试市", "2026-01-01", "住房公积金", "3%", "3%", 2000, 30000]]
    plan = _import(company, "policies", _sheet(tmp_path / "p.xlsx", headers, rows))
    assert plan.ok and [(p.row, p.column) for p in plan.warnings] == [
        (2, "个人比例"),
        (2, "单位比例"),
    ]
    with company.sessions.begin() as session:
        warnings = payroll.run(session, CLERK, date(2026, 1, 1)).warnings
    assert any("住房公积金比例3%不在5%–12%之间" in w for w in warnings), warnings


def test_the_bonus_choice_comes_in_with_payroll_inputs(company, tmp_path):
    employee_id = _hire(company, _person("E001", date(2020, 1, 1)), today=date(2026, 1, 2))
    headers = ["工号", "月份", "全年一次性奖金", "奖金并入工资"]
    path = _sheet(tmp_path / "p.xlsx", headers, [["E001", "2026-01", 36000, "是"]])
    assert _import(company, "payroll-inputs", path).added == 1
    assert _import(company, "payroll-inputs", path).unchanged == 1
    with company.sessions.begin() as session:
        assert payroll.input_of(session, date(2026, 1, 1), employee_id).bonus_merged
        payroll.run(session, CLERK, date(2026, 1, 1))
        exports.export(session, ADMIN, "payroll-inputs", tmp_path / "out.xlsx", TODAY)
    assert _slip(company, date(2026, 1, 1)).bonus_tax == D(0)
    assert _import(company, "payroll-inputs", tmp_path / "out.xlsx").unchanged == 1


def test_a_month_the_opening_balances_cover_is_not_calculated_again(company, tmp_path):
    _hire(company, _person("E001", date(2020, 1, 1)))
    other = _hire(company, _person("E002", date(2020, 1, 1)))
    path = _sheet(tmp_path / "o.xlsx", OPENING_HEADERS, [JUNE])
    assert _import(company, "opening-balances", path).ok
    warnings = _pay(company, date(2026, 6, 1))
    assert any("E001" in w and "已由期初数据覆盖" in w for w in warnings)
    with company.sessions() as session:
        row = session.scalar(select(PayrollMonth).where(PayrollMonth.month == date(2026, 6, 1)))
        paid = session.scalars(select(Payslip.employee_id).where(Payslip.month_id == row.id)).all()
    assert paid == [other]  # the others are paid as usual
