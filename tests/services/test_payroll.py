"""The pay month: computed from the rules, approved and locked, the tax carried month to month."""

import json
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from hrdesk.domain.deductions import DeductionKind
from hrdesk.domain.employees import EmployeeRecord
from hrdesk.domain.roles import Role
from hrdesk.domain.social_insurance import InsuranceItem, ItemPolicy, Rounding
from hrdesk.services import employees, payroll, policies
from hrdesk.services.actor import Actor, PermissionDenied, command_line_actor
from hrdesk.storage.models import MinimumWage, PayrollMonth, Payslip

ADMIN = command_line_actor()
CLERK = Actor("人事小王", Role.HR, 1)
FINANCE = Actor("财务小李", Role.FINANCE, 2)
D = Decimal


@pytest.fixture
def worked_example(database):
    """The employee of 国家税务总局公告2018年第61号: 30,000 a month, 4,500 own contributions, 2,000 deductions."""
    with database.sessions.begin() as session:
        # One item at 15% on a 30,000 base gives exactly the 4,500 of the example.
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
        record = EmployeeRecord(
            "E001",
            "张三",
            _valid_id(),
            "财务部",
            date(2020, 1, 1),
            D(30000),
            social_city="测试市",
            social_base=D(30000),
            housing_fund_rate=D(0),
            deductions={DeductionKind.CHILD_EDUCATION: D(2000)},
        )
        result = employees.save(session, CLERK, record, None, date(2026, 1, 1))
        assert result.errors == []
    return database


def _valid_id() -> str:
    from hrdesk.domain.identifiers import resident_id_check_character

    return "11010519800101001" + resident_id_check_character("11010519800101001")


def slip(database, month):
    with database.sessions() as session:
        row = session.scalar(select(PayrollMonth).where(PayrollMonth.month == month))
        return session.scalar(select(Payslip).where(Payslip.month_id == row.id))


def test_the_worked_example_month_by_month(worked_example):
    taxes = []
    for month in (date(2026, 1, 1), date(2026, 2, 1), date(2026, 3, 1)):
        with worked_example.sessions.begin() as session:
            payroll.run(session, CLERK, month)
            payroll.approve(session, FINANCE, month)
        found = slip(worked_example, month)
        assert found.personal_contributions == D("4500.00")
        assert found.net_pay == found.gross - found.personal_contributions - found.income_tax
        taxes.append(found.income_tax)
    assert taxes == [D("555.00"), D("625.00"), D("1850.00")]


def test_an_unapproved_month_does_not_count_towards_the_next(worked_example):
    with worked_example.sessions.begin() as session:
        payroll.run(session, CLERK, date(2026, 1, 1))
        payroll.run(session, CLERK, date(2026, 2, 1))
    # January is not approved, so February counts neither its income nor its tax: only
    # February's 30,000 against two months' 减除费用 and the child deduction since January
    # (4,000, caught up as a late declaration would be) → 11,500 × 3% = 345, not 625.
    february = slip(worked_example, date(2026, 2, 1))
    assert february.income_tax == D("345.00")


def test_an_approved_month_refuses_every_change(worked_example):
    month = date(2026, 1, 1)
    with worked_example.sessions.begin() as session:
        payroll.run(session, CLERK, month)
        payroll.approve(session, FINANCE, month)
    with (
        pytest.raises(payroll.LockedMonthError, match="已审核锁定"),
        worked_example.sessions.begin() as session,
    ):
        payroll.run(session, CLERK, month)
    with pytest.raises(payroll.LockedMonthError), worked_example.sessions.begin() as session:
        session.scalars(select(Payslip)).first().net_pay = D(1)
        session.flush()
    with pytest.raises(payroll.LockedMonthError), worked_example.sessions.begin() as session:
        session.scalars(select(PayrollMonth)).first().status = "已计算"
        session.flush()
    with worked_example.sessions.begin() as session:
        session.scalars(select(PayrollMonth)).first().status = "已发放"  # moving on is allowed
    assert slip(worked_example, month).income_tax == D("555.00")


def test_approval_needs_finance_and_a_calculated_month(worked_example):
    month = date(2026, 1, 1)
    with pytest.raises(ValueError, match="未计算"), worked_example.sessions.begin() as session:
        payroll.approve(session, FINANCE, month)
    with worked_example.sessions.begin() as session:
        payroll.run(session, CLERK, month)
    with pytest.raises(PermissionDenied), worked_example.sessions.begin() as session:
        payroll.approve(session, CLERK, month)


def test_register_and_bank_file(demo_database, tmp_path):
    month = date(2026, 10, 1)
    with demo_database.sessions.begin() as session:
        summary = payroll.run(session, CLERK, month)
        rows = payroll.register_rows(session, FINANCE, month)
    with pytest.raises(ValueError, match="尚未审核"), demo_database.sessions() as session:
        payroll.bank_rows(session, FINANCE, month)  # no paying a month nobody approved
    with demo_database.sessions.begin() as session:
        payroll.approve(session, FINANCE, month)
        bank = payroll.bank_rows(session, FINANCE, month)
    assert rows[-1][0] == "合计" and len(rows) == summary.employees + 1
    net = payroll.REGISTER_HEADERS.index("实发工资")
    assert rows[-1][net] == summary.net == sum(r[3] for r in bank)
    assert all(len(r[1]) >= 16 and "*" not in r[1] for r in bank)
    with demo_database.sessions() as session, pytest.raises(PermissionDenied):
        payroll.register_rows(session, Actor("李经理", Role.SALES_MANAGER), month)


def inputs_file(path, rows):
    path.write_text(
        "工号,月份,绩效工资,工作日加班小时,事假天数,全年一次性奖金\n" + "\n".join(rows) + "\n",
        encoding="utf-8",
    )
    return path


def run_import(database, path):
    from hrdesk.services import imports

    with database.sessions.begin() as session:
        return imports.import_file(session, CLERK, "payroll-inputs", path, date(2026, 11, 28))


def test_inputs_feed_the_month_and_a_locked_month_takes_none(worked_example, tmp_path):
    path = inputs_file(tmp_path / "in.csv", ["E001,2026-01,1000,10,,", "E001,2026年2月,,,1,36001"])
    assert run_import(worked_example, path).summary() == "新增 2 行, 更新 0 行, 跳过重复 0 行"
    assert run_import(worked_example, path).summary() == "新增 0 行, 更新 0 行, 跳过重复 2 行"
    with worked_example.sessions.begin() as session:
        payroll.run(session, CLERK, date(2026, 1, 1))
        payroll.approve(session, FINANCE, date(2026, 1, 1))
        payroll.run(session, CLERK, date(2026, 2, 1))
    january, february = (
        slip(worked_example, date(2026, 1, 1)),
        slip(worked_example, date(2026, 2, 1)),
    )
    hourly = D(30000) / D("21.75") / 8
    assert january.gross == D(30000) + D(1000) + (hourly * 10 * D("1.5")).quantize(D("0.01"))
    assert february.gross == D(30000) - (D(30000) / D("21.75")).quantize(
        D("0.01")
    )  # one day of 事假
    assert (february.annual_bonus, february.bonus_tax) == (D("36001.00"), D("3390.10"))
    locked = inputs_file(tmp_path / "late.csv", ["E001,2026-01,2000,,,", "E999,2026-02,1,,,"])
    assert [str(p) for p in run_import(worked_example, locked).problems] == [
        "第2行 月份: 2026-01 工资已审核锁定，不能再录入",
        "第3行 工号: 没有工号为E999的员工，请先导入员工",
    ]


def test_changed_inputs_send_a_calculated_month_back_to_draft(worked_example, tmp_path):
    with worked_example.sessions.begin() as session:
        payroll.run(session, CLERK, date(2026, 3, 1))
    run_import(worked_example, inputs_file(tmp_path / "in.csv", ["E001,2026-03,500,,,"]))
    with worked_example.sessions() as session:
        assert payroll.month_row(session, date(2026, 3, 1)).status == "草稿"
    with worked_example.sessions.begin() as session, pytest.raises(ValueError, match="草稿"):
        payroll.approve(session, FINANCE, date(2026, 3, 1))


def test_payslip_pdf_holds_real_text_and_opens_only_with_the_id_password(worked_example, tmp_path):
    from pypdf import PdfReader

    with worked_example.sessions.begin() as session:
        payroll.run(session, CLERK, date(2026, 1, 1))
        made = payroll.write_payslips(
            session, CLERK, date(2026, 1, 1), tmp_path, with_password=False
        )
        locked = payroll.write_payslips(
            session, CLERK, date(2026, 1, 1), tmp_path / "locked", "E001", True
        )
    assert [p.name for p in made] == ["工资条_2026-01_E001_张三.pdf"]
    text = PdfReader(made[0]).pages[0].extract_text()
    net = slip(worked_example, date(2026, 1, 1)).net_pay
    assert "张三" in text and f"{net:,.2f}" in text and "实发工资" in text
    assert "贰万" in text  # the net pay in 大写 as well
    reader = PdfReader(locked[0])
    assert reader.is_encrypted
    assert reader.decrypt(_valid_id()[-6:]) and "张三" in reader.pages[0].extract_text()


def test_a_loss_is_recovered_over_months_within_20_percent_and_the_minimum_wage(database, tmp_path):
    from hrdesk.services import imports, losses
    from hrdesk.storage.models import MinimumWage

    with database.sessions.begin() as session:
        session.add(
            MinimumWage(
                city="测试市", effective_from=date(2025, 1, 1), amount=D(2740), source="测试"
            )
        )
        record = EmployeeRecord(
            "E002",
            "李四",
            _valid_id(),
            "仓储物流部",
            date(2020, 1, 1),
            D(5000),
            social_city="测试市",
            housing_fund_rate=D(0),
        )
        employee_id = employees.save(session, CLERK, record, None, date(2026, 1, 1)).employee_id
    path = tmp_path / "losses.csv"
    path.write_text(
        "工号,发生日期,金额,原因,凭证说明\nE002,2025-12-20,2500,叉车操作失误撞坏货架,维修发票FP-001\n",
        encoding="gbk",
    )
    with database.sessions.begin() as session:
        assert imports.import_file(session, CLERK, "losses", path, date(2026, 1, 1)).summary() == (
            "新增 1 行, 更新 0 行, 跳过重复 0 行"
        )
    taken = []
    for month in (date(2026, 1, 1), date(2026, 2, 1), date(2026, 3, 1)):
        with database.sessions.begin() as session:
            payroll.run(session, CLERK, month)
            payroll.approve(session, FINANCE, month)
        found = slip(database, month)
        figures = json.loads(found.detail)
        taken.append(D(figures["损失赔偿扣款"]))
        assert found.net_pay == found.gross - found.personal_contributions - found.income_tax - D(
            figures["损失赔偿扣款"]
        )
    assert taken == [D("1000.00"), D("1000.00"), D("500.00")]  # 20% of 5,000, then what is left
    with database.sessions() as session:
        [loss] = losses.losses_of(session, [employee_id])[employee_id]
    assert loss.recovered == D(2500) and loss.outstanding == 0


def test_the_minimum_wage_limits_a_loss_deduction_and_no_minimum_wage_means_no_deduction(database):
    from hrdesk.services import losses
    from hrdesk.storage.models import MinimumWage

    with database.sessions.begin() as session:
        record = EmployeeRecord(
            "E003",
            "王五",
            _valid_id(),
            "仓储物流部",
            date(2020, 1, 1),
            D(3000),
            social_city="测试市",
            housing_fund_rate=D(0),
        )
        employee_id = employees.save(session, CLERK, record, None, date(2026, 1, 1)).employee_id
        losses.add_loss(session, CLERK, employee_id, date(2025, 12, 1), D(5000), "丢失公司手机")
    with database.sessions.begin() as session:
        summary = payroll.run(session, CLERK, date(2026, 1, 1))
    assert "没有“测试市”的最低工资标准，本月不扣损失赔偿" in " ".join(summary.warnings)
    with database.sessions.begin() as session:
        session.add(
            MinimumWage(
                city="测试市", effective_from=date(2025, 1, 1), amount=D(2740), source="测试"
            )
        )
        payroll.run(session, CLERK, date(2026, 1, 1))
    figures = json.loads(slip(database, date(2026, 1, 1)).detail)
    assert D(figures["损失赔偿扣款"]) == D("260.00")  # 3,000 − 2,740, under the 600 of 20%


def test_a_correction_of_an_approved_month_lands_in_the_next_with_its_reason(worked_example):
    with worked_example.sessions.begin() as session:
        employee_id = employees.roster(session, CLERK)[0].id
        payroll.run(session, CLERK, date(2026, 1, 1))
        payroll.approve(session, FINANCE, date(2026, 1, 1))
    with worked_example.sessions.begin() as session:
        payroll.add_adjustment(
            session,
            CLERK,
            date(2026, 2, 1),
            employee_id,
            date(2026, 1, 1),
            D(500),
            "1月漏发交通补贴",
        )
        payroll.run(session, CLERK, date(2026, 2, 1))
    february = slip(worked_example, date(2026, 2, 1))
    assert february.gross == D(30500) and json.loads(february.detail)["更正调整"] == "500.00"
    assert slip(worked_example, date(2026, 1, 1)).gross == D(
        30000
    )  # the approved month is as it was
    with pytest.raises(ValueError, match="尚未审核"), worked_example.sessions.begin() as session:
        payroll.add_adjustment(
            session, CLERK, date(2026, 3, 1), employee_id, date(2026, 2, 1), D(1), "x"
        )
    with worked_example.sessions.begin() as session:
        payroll.approve(session, FINANCE, date(2026, 2, 1))
    with pytest.raises(payroll.LockedMonthError), worked_example.sessions.begin() as session:
        payroll.add_adjustment(
            session, CLERK, date(2026, 2, 1), employee_id, date(2026, 1, 1), D(1), "晚了"
        )
    with pytest.raises(ValueError, match="原因"), worked_example.sessions.begin() as session:
        payroll.add_adjustment(
            session, CLERK, date(2026, 3, 1), employee_id, date(2026, 1, 1), D(1), " "
        )


def test_tax_file_lays_out_the_month_for_the_withholding_client(worked_example, tmp_path):
    from openpyxl import load_workbook

    with worked_example.sessions.begin() as session:
        for month in (date(2026, 1, 1), date(2026, 2, 1)):
            payroll.run(session, CLERK, month)
            payroll.approve(session, FINANCE, month)
        payroll.run(session, CLERK, date(2026, 3, 1))
        payroll.write_tax_file(session, FINANCE, date(2026, 3, 1), tmp_path / "tax.xlsx")
    workbook = load_workbook(tmp_path / "tax.xlsx")
    assert workbook.sheetnames == [
        "正常工资薪金所得",
        "全年一次性奖金收入",
        "解除劳动合同一次性补偿金",
    ]
    rows = list(workbook.worksheets[0].values)
    assert rows[0] == tuple(payroll.TAX_HEADERS)
    row = dict(zip(rows[0], rows[1], strict=True))
    assert (
        row["证件号码"] == _valid_id()
        and row["本期收入"] == 30000
        and row["基本养老保险费"] == 4500
    )
    assert row["累计子女教育"] == 6000  # January to March as withheld, 2,000 a month


def test_strip_payslips_put_everyone_in_one_pdf_to_cut(demo_database, tmp_path):
    from pypdf import PdfReader

    month = date(2026, 10, 1)
    with demo_database.sessions.begin() as session:
        summary = payroll.run(session, CLERK, month)
        count = payroll.write_payslip_strips(session, CLERK, month, tmp_path / "strips.pdf")
        names = [row.name for row in payroll.month_view(session, CLERK, month).rows]
    reader = PdfReader(tmp_path / "strips.pdf")
    text = "".join(page.extract_text() for page in reader.pages)
    assert count == summary.employees == len(names)
    assert all(name in text for name in names)
    assert len(reader.pages) < count  # several to a page


def test_review_cases_bonus_once_a_year_stale_approval_and_settled_months(worked_example):
    from hrdesk.services import losses

    with worked_example.sessions.begin() as session:
        employee_id = employees.roster(session, CLERK)[0].id
        payroll.save_inputs(
            session, CLERK, date(2026, 1, 1), employee_id, {"annual_bonus": D(36001)}
        )
        summary = payroll.run(session, CLERK, date(2026, 1, 1))
    assert any("刚过36,000.00 元档" in w and "38,566.67 元" in w for w in summary.warnings)
    january = json.loads(slip(worked_example, date(2026, 1, 1)).detail)
    assert january["年终奖个税"] == "3390.10" and "奖金并入工资时的个税" in january

    # A loss recorded after the run: approving the old figures is refused until it runs again.
    with worked_example.sessions.begin() as session:
        session.add(
            MinimumWage(
                city="测试市", effective_from=date(2025, 1, 1), amount=D(2740), source="测试"
            )
        )
        losses.add_loss(session, CLERK, employee_id, date(2025, 12, 1), D(1000), "损坏设备")
    with pytest.raises(ValueError, match="数据有变化"), worked_example.sessions.begin() as session:
        payroll.approve(session, FINANCE, date(2026, 1, 1))
    with worked_example.sessions.begin() as session:
        payroll.run(session, CLERK, date(2026, 1, 1))
        payroll.approve(session, FINANCE, date(2026, 1, 1))

    # The payslip adds up: every earning less every deduction is the net pay, the loss included.
    with worked_example.sessions() as session:
        [(data, _six)] = payroll.payslip_documents(session, CLERK, date(2026, 1, 1))
    assert ("损失赔偿扣款", D("1000.00")) in data.deductions
    assert data.income_total - sum(amount for _label, amount in data.deductions) == data.net

    # A second bonus the same year is taxed with the wages, not on its own again.
    with worked_example.sessions.begin() as session:
        payroll.save_inputs(
            session, CLERK, date(2026, 3, 1), employee_id, {"annual_bonus": D(10000)}
        )
        march = payroll.run(session, CLERK, date(2026, 3, 1))
    assert any("并入当月工资计税" in w for w in march.warnings)
    assert slip(worked_example, date(2026, 3, 1)).bonus_tax == 0
    with (
        pytest.raises(ValueError, match="请先审核 2026-02"),
        worked_example.sessions.begin() as session,
    ):
        payroll.approve(session, FINANCE, date(2026, 3, 1))

    # Once March is approved, February can no longer be changed behind its back.
    with worked_example.sessions.begin() as session:
        payroll.run(session, CLERK, date(2026, 2, 1))
        payroll.approve(session, FINANCE, date(2026, 2, 1))
        payroll.run(session, CLERK, date(2026, 3, 1))
        payroll.approve(session, FINANCE, date(2026, 3, 1))
        payroll.month_row(session, date(2025, 12, 1))
    with (
        pytest.raises(payroll.LockedMonthError, match="2026-01 已审核"),
        worked_example.sessions.begin() as session,
    ):
        payroll.run(session, CLERK, date(2025, 12, 1))


def test_a_loss_is_not_deducted_before_it_happened(worked_example):
    from hrdesk.services import losses

    with worked_example.sessions.begin() as session:
        employee_id = employees.roster(session, CLERK)[0].id
        losses.add_loss(session, CLERK, employee_id, date(2026, 2, 10), D(500), "二月的损失")
        payroll.run(session, CLERK, date(2026, 1, 1))
    assert json.loads(slip(worked_example, date(2026, 1, 1)).detail)["损失赔偿扣款"] == "0"


def test_sick_pay_is_raised_to_80_percent_of_the_minimum_wage(database):
    from hrdesk.storage.models import MinimumWage

    with database.sessions.begin() as session:
        session.add(
            MinimumWage(
                city="测试市", effective_from=date(2025, 1, 1), amount=D(2740), source="测试"
            )
        )
        record = EmployeeRecord(
            "E004",
            "赵六",
            _valid_id(),
            "仓储物流部",
            date(2020, 1, 1),
            D(3000),
            social_city="测试市",
            housing_fund_rate=D(0),
        )
        employee_id = employees.save(session, CLERK, record, None, date(2026, 1, 1)).employee_id
        payroll.save_inputs(
            session, CLERK, date(2026, 1, 1), employee_id, {"sick_leave_days": D(20)}
        )
        summary = payroll.run(session, CLERK, date(2026, 1, 1))
    assert any("低于当地最低工资的80%" in warning for warning in summary.warnings)
    figures = json.loads(slip(database, date(2026, 1, 1)).detail)
    # 60% of 20 days at 3,000 ÷ 21.75 is 1,655.17; the floor 2,740 × 80% ÷ 21.75 × 20 is 2,015.63
    assert D(figures["其中病假工资"]) == D("2015.63")
    assert D(figures["缺勤扣款"]) == D("742.99")  # 20 days' 2,758.62 less what they are paid
    assert D(figures["应发工资"]) == D("2257.01")


def test_home_shows_last_months_payroll_until_it_is_paid(worked_example):
    from hrdesk.services import attention

    today = date(2026, 2, 10)

    def payroll_items():
        with worked_example.sessions() as session:
            return [
                i.title for i in attention.items_for(session, FINANCE, today) if i.page == "payroll"
            ]

    assert payroll_items() == ["2026-01 工资尚未计算"]
    with worked_example.sessions.begin() as session:
        payroll.run(session, CLERK, date(2026, 1, 1))
    assert payroll_items() == ["2026-01 工资已计算，待财务审核"]
    with worked_example.sessions.begin() as session:
        payroll.approve(session, FINANCE, date(2026, 1, 1))
        payroll.mark_paid(session, FINANCE, date(2026, 1, 1))
    assert payroll_items() == []
    with worked_example.sessions() as session:
        manager_items = attention.items_for(session, Actor("李经理", Role.SALES_MANAGER), today)
    assert not [i for i in manager_items if i.page == "payroll"]
