"""Imports: a messy real roster goes in right; a bad file writes nothing; a re-import is idempotent."""

from datetime import date
from decimal import Decimal

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from hrdesk.domain.deductions import DeductionKind
from hrdesk.domain.employees import EmployeeStatus
from hrdesk.domain.identifiers import resident_id_check_character
from hrdesk.domain.roles import Role
from hrdesk.services import audit, contracts, employees, exports, imports
from hrdesk.services.actor import Actor, PermissionDenied, command_line_actor
from hrdesk.storage.models import AuditEntry, Contract, Employee

ADMIN_VIEW = command_line_actor()  # reads what an administrator may read

CLERK = Actor("人事小王", Role.HR, 1)
TODAY = date(2026, 11, 27)


def resident_id(first17: str) -> str:
    return first17 + resident_id_check_character(first17)


def messy_roster(path, rows=None):
    """Like a roster kept by hand: a title, a merged group header, mixed dates, full-width digits."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "员工信息"
    sheet["A1"] = "华东恒达贸易有限公司 员工花名册"
    sheet.merge_cells("A1:J1")
    sheet["A2"] = "基本信息"
    sheet.merge_cells("A2:D2")
    sheet["E2"] = "薪资"
    sheet.merge_cells("E2:J2")
    sheet.append(
        [
            "工号 ",
            " 姓名",
            "身份证号",
            "部门",
            "入职日期*",
            "基本工资",
            "是否销售",
            "公积金比例",
            "子女教育",
            "银行卡号",
        ]
    )
    for row in rows or [
        [
            "E001 ",
            "张三  ",
            resident_id("11010519900307123"),
            "销售部/销售一部",
            "2021-03-01",
            "８,０００",
            "是",
            "7%",
            2000,
            "6222021234567890128",
        ],
        [
            "E002",
            "李四",
            resident_id("31011519880512234"),
            "财务部 ",
            "2022/4/6",
            "¥9,500.00",
            "否",
            0.12,
            None,
            "６２２２０２１２３４５６７８９０１２８",
        ],
        [
            "E003",
            "王五",
            resident_id("44030519950101345"),
            "销售部/销售二部",
            "2023年5月8日",
            7200,
            "是",
            "5%",
            "1,000",
            None,
        ],
        [
            "E004",
            "赵六",
            resident_id("33010619921212456"),
            "仓储物流部",
            "20240615",
            6500.0,
            "否",
            None,
            None,
            None,
        ],
        [
            "E005",
            "钱七",
            resident_id("32010219970707567"),
            "人事行政部",
            45292,
            "6800",
            "否",
            "",
            "",
            "",
        ],
    ]:
        sheet.append(row)
    workbook.save(path)
    return path


def import_path(database, kind, path, dry_run=False):
    with database.sessions.begin() as session:
        return imports.import_file(session, CLERK, kind, path, TODAY, dry_run=dry_run)


def counts(database):
    with database.sessions() as session:
        return tuple(
            session.scalar(select(func.count()).select_from(t))
            for t in (Employee, Contract, AuditEntry)
        )


def test_messy_roster_imports_right(database, tmp_path):
    result = import_path(database, "employees", messy_roster(tmp_path / "roster.xlsx"))
    assert result.problems == [] and result.summary() == "新增 5 行, 更新 0 行, 跳过重复 0 行"
    assert result.header_row == 3
    with database.sessions() as session:
        rows = {r.employee_no: r for r in employees.roster(session, CLERK)}
        zhang = employees.detail(session, CLERK, rows["E001"].id, TODAY).record
        li_numbers = employees.reveal(session, CLERK, rows["E002"].id)
    assert rows["E001"].name == "张三" and rows["E001"].base_salary == Decimal(8000)
    assert [rows[n].hire_date for n in ("E001", "E002", "E003", "E004", "E005")] == [
        date(2021, 3, 1),
        date(2022, 4, 6),
        date(2023, 5, 8),
        date(2024, 6, 15),
        date(2024, 1, 1),
    ]
    assert rows["E002"].department == "财务部" and rows["E002"].base_salary == Decimal("9500.00")
    assert zhang.housing_fund_rate == Decimal("0.07") and zhang.is_salesperson
    assert zhang.deductions == {DeductionKind.CHILD_EDUCATION: Decimal(2000)}
    assert li_numbers[1] == "6222021234567890128"  # full-width digits made plain


def test_bad_file_writes_nothing_and_lists_every_problem(database, tmp_path):
    import_path(database, "employees", messy_roster(tmp_path / "good.xlsx"))
    before = counts(database)
    bad = messy_roster(
        tmp_path / "bad.xlsx",
        [
            [
                "E001",
                "张三",
                resident_id("11010519900307123"),
                "销售部",
                "2021-03-01",
                "9000",
                "是",
                "7%",
                None,
                None,
            ],
            [
                "E010",
                "孙八",
                "110105199003071230",
                "财务部",
                "2021-02-30",
                "八千",
                "否",
                None,
                None,
                None,
            ],
            [
                "E011",
                "",
                resident_id("31011519880512234"),
                "财务部",
                "2022-04-06",
                "5000",
                "也许",
                "20%",
                1500,
                None,
            ],
        ],
    )
    result = import_path(database, "employees", bad)
    assert [str(p) for p in result.problems] == [
        "第5行 入职日期: 日期“2021-02-30”不存在",
        "第5行 基本工资: “八千”不是金额",
        "第6行 姓名: 不能为空",
        "第6行 是否销售: “也许”应填“是”或“否”",
    ]
    assert counts(database) == before
    # Once the cells parse, the rules about people are checked, still before anything is written.
    fixed = messy_roster(
        tmp_path / "fixed.xlsx",
        [
            [
                "E010",
                "孙八",
                "110105199003071230",
                "财务部",
                "2021-02-28",
                "8000",
                "否",
                None,
                None,
                None,
            ],
            [
                "E011",
                "周九",
                resident_id("31011519880512234"),
                "财务部",
                "2022-04-06",
                "5000",
                "否",
                "20%",
                1500,
                None,
            ],
        ],
    )
    result = import_path(database, "employees", fixed)
    assert [str(p) for p in result.problems] == [
        "第4行 身份证号: 身份证号校验位不正确",
        "第5行 身份证号: 与工号E002的身份证号相同",
        "第5行 公积金比例: 应在5%至12%之间",
        "第5行 子女教育: 每个子女每月2000元，父母可各扣50%，金额应为1000的整数倍",
    ]
    assert counts(database) == before


def test_reimport_is_idempotent_and_updates_by_employee_number(database, tmp_path):
    path = messy_roster(tmp_path / "roster.xlsx")
    import_path(database, "employees", path)
    before = counts(database)
    again = import_path(database, "employees", path)
    assert again.summary() == "新增 0 行, 更新 0 行, 跳过重复 5 行"
    assert counts(database)[:2] == before[:2]

    changed = messy_roster(
        tmp_path / "changed.xlsx",
        [
            [
                "E001",
                "张三",
                resident_id("11010519900307123"),
                "销售部/销售一部",
                "2021-03-01",
                "8800",
                "是",
                "7%",
                2000,
                "6222021234567890128",
            ],
        ],
    )
    result = import_path(database, "employees", changed)
    assert result.summary() == "新增 0 行, 更新 1 行, 跳过重复 0 行"
    with database.sessions() as session:
        zhang = next(r for r in employees.roster(session, CLERK) if r.employee_no == "E001")
        lines = [
            (e.field, e.old_value, e.new_value)
            for e in audit.entries(session, ADMIN_VIEW, "employees", zhang.id)
            if e.action == "修改"
        ]
    assert lines == [("基本工资", "8000.00", "8800.00")]


def test_dry_run_checks_without_writing(database, tmp_path):
    result = import_path(
        database, "employees", messy_roster(tmp_path / "roster.xlsx"), dry_run=True
    )
    assert result.ok and result.added == 5
    assert counts(database)[0] == 0


def test_export_then_import_is_a_fixed_point(demo_database, tmp_path):
    for kind in ("employees", "contracts"):
        path = tmp_path / f"{kind}.xlsx"
        with demo_database.sessions.begin() as session:
            exported = exports.export(session, CLERK, kind, path, TODAY)
        result = import_path(demo_database, kind, path)
        assert result.problems == [], result.problems[:3]
        assert result.summary() == f"新增 0 行, 更新 0 行, 跳过重复 {exported} 行"


def test_contracts_import_needs_known_employees_and_audits(database, tmp_path):
    import_path(database, "employees", messy_roster(tmp_path / "roster.xlsx"))
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(
        [
            "工号",
            "合同编号",
            "合同类型",
            "开始日期",
            "结束日期",
            "试用期结束日期",
            "试用期工资",
            "合同工资",
            "签订日期",
        ]
    )
    sheet.append(
        [
            "E001",
            "HT-2021-001",
            "固定期限",
            "2021-03-01",
            "2024-02-29",
            "2021-05-31",
            7000,
            8000,
            "2021-03-01",
        ]
    )
    sheet.append(
        [
            "E001",
            "HT-2024-001",
            "固定期限",
            "2024-03-01",
            "2026-12-10",
            None,
            None,
            8000,
            "2024-02-20",
        ]
    )
    sheet.append(
        ["E404", "HT-X", "固定期限", "2024-03-01", "2027-02-28", None, None, 8000, "2024-02-20"]
    )
    path = tmp_path / "contracts.xlsx"
    workbook.save(path)
    result = import_path(database, "contracts", path)
    assert [str(p) for p in result.problems] == ["第4行 工号: 没有工号为E404的员工，请先导入员工"]
    assert counts(database)[1] == 0
    sheet.delete_rows(4)
    workbook.save(path)
    assert (
        import_path(database, "contracts", path).summary() == "新增 2 行, 更新 0 行, 跳过重复 0 行"
    )
    with database.sessions() as session:
        found = contracts.reminders(session, CLERK, TODAY)
    assert [(r.employee_no, r.finding.rule) for r in found if r.employee_no == "E001"] == [
        ("E001", "contract_ending"),
        ("E001", "may_demand_open_ended"),
    ]


def test_saved_mapping_reads_a_crm_layout(database, tmp_path):
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["员工编号", "员工姓名", "证件号码", "所属部门", "到岗日期", "月薪"])
    sheet.append(["E100", "周一", resident_id("11010519900307123"), "销售部", "2025-01-01", 8000])
    path = tmp_path / "crm.xlsx"
    workbook.save(path)
    assert not import_path(database, "employees", path).ok
    aliases = {
        "员工编号": "工号",
        "员工姓名": "姓名",
        "证件号码": "身份证号",
        "所属部门": "部门",
        "到岗日期": "入职日期",
        "月薪": "基本工资",
    }
    with database.sessions.begin() as session:
        imports.save_mapping(session, CLERK, "CRM花名册", "employees", aliases)
    with database.sessions.begin() as session:
        result = imports.import_file(
            session, CLERK, "employees", path, TODAY, mapping_name="CRM花名册"
        )
    assert result.ok and result.added == 1


def test_unknown_mapping_or_kind(database, tmp_path):
    path = messy_roster(tmp_path / "roster.xlsx")
    with database.sessions() as session, pytest.raises(ValueError, match="没有名为“无此映射”"):
        imports.import_file(session, CLERK, "employees", path, TODAY, mapping_name="无此映射")
    with database.sessions() as session, pytest.raises(ValueError, match="没有“payroll”"):
        imports.import_file(session, CLERK, "payroll", path, TODAY)


def test_reimport_catches_a_correction_hidden_by_the_mask_and_keeps_status(database, tmp_path):
    wrong = resident_id("11010519900101123")
    right = resident_id("11010519900128123")  # the mask hides the corrected birth date
    import_path(
        database,
        "employees",
        messy_roster(
            tmp_path / "a.xlsx",
            [["E001", "张三", wrong, "财务部", "2021-03-01", "8000", "否", None, None, None]],
        ),
    )
    with database.sessions.begin() as session:
        zhang = employees.roster(session, CLERK)[0]
        record = employees.detail(session, CLERK, zhang.id, TODAY).record
        from dataclasses import replace

        employees.save(session, CLERK, replace(record, status=EmployeeStatus.LEFT), zhang.id, TODAY)
    corrected = messy_roster(
        tmp_path / "b.xlsx",
        [["E001", "张三", right, "财务部", "2021-03-01", "8000", "否", None, None, None]],
    )
    workbook = __import__("openpyxl").load_workbook(corrected)
    workbook.active.cell(row=3, column=11, value="状态")  # a 状态 column, left blank below
    workbook.save(corrected)
    result = import_path(database, "employees", corrected)
    assert result.summary() == "新增 0 行, 更新 1 行, 跳过重复 0 行"
    with database.sessions() as session:
        lines = audit.entries(session, ADMIN_VIEW, "employees", zhang.id)
        shown = employees.detail(session, CLERK, zhang.id, TODAY)
    assert shown.birth_date == date(1990, 1, 28)
    assert shown.record.status is EmployeeStatus.LEFT  # a blank 状态 brought nobody back
    ids = [line for line in lines if line.field == "身份证号"]
    assert (
        ids
        and "号码已更正" in ids[0].new_value
        and right not in str([(line.old_value, line.new_value) for line in lines])
    )


def test_finance_may_not_check_an_employee_import(database, tmp_path):
    finance = Actor("财务小李", Role.FINANCE, 3)
    sheet = imports.read_sheets(messy_roster(tmp_path / "roster.xlsx"))[0]
    with database.sessions() as session, pytest.raises(PermissionDenied):
        imports.plan(session, finance, "employees", sheet, TODAY)


def test_an_id_number_stored_as_a_number_asks_for_text_format(database, tmp_path):
    rows = [
        ["E001", "张三", 110105199003071234, "财务部", "2021-03-01", "8000", "否", None, None, None]
    ]
    result = import_path(database, "employees", messy_roster(tmp_path / "numeric.xlsx", rows))
    assert [str(p) for p in result.problems] == [
        "第4行 身份证号: 该列是数值格式，Excel只保留15位有效数字，末几位已丢失；请把该列设为文本格式后重新填写"
    ]


def test_a_bracketed_minus_receipt_is_money_out_not_a_receipt(sales):
    """Issue 19: (-5000) on a bank line was read as a receipt of +5,000; it is money going out."""
    from tests.services.sales_team import load

    plan = load(
        sales,
        "receipts",
        [
            ["2026-04-01", "B1", "甲贸易有限公司", "(-5000)", "", "", ""],
            ["2026-04-02", "B2", "甲贸易有限公司", "300", "", "", ""],
        ],
    )
    assert plan.ok and plan.added == 1 and plan.ignored == 1


def test_saving_a_mapping_needs_the_right_to_import_that_kind(database):
    """Issue 19: anyone could overwrite the mappings every import of a kind then follows."""
    from hrdesk.services.actor import Actor, PermissionDenied

    aliases = {"员工编号": "工号"}
    for who in (Actor("销售李经理", Role.SALES_MANAGER, 9), Actor("财务小李", Role.FINANCE, 8)):
        with database.sessions() as session, pytest.raises(PermissionDenied):
            imports.save_mapping(session, who, "偷改", "employees", aliases)
    with database.sessions() as session, pytest.raises(ValueError, match="没有“payroll”"):
        imports.save_mapping(session, CLERK, "x", "payroll", aliases)
    with database.sessions() as session:
        assert imports.saved_mappings(session, "employees") == {}


def test_a_receipts_row_error_reads_in_english_under_lang_en(sales):
    """Issue 18: under --lang en a row's reason is English; the column keeps the template's header."""
    from hrdesk import messages
    from tests.services.sales_team import load

    rows = [
        ["2026-04-01", "B1", "甲贸易有限公司", "12.345", "", "", ""],
        ["2026-04-02", "B2", "甲贸易有限公司", "300", "", "C9", ""],
    ]
    messages.use_language("en")
    try:
        problems = [str(p) for p in load(sales, "receipts", rows).problems]
    finally:
        messages.use_language("zh")
    assert problems == [
        "Row 2 金额: The amount “12.345” has more than two decimals",
        "Row 3 客户编码: No customer has the code C9",
    ]
    assert [str(p) for p in load(sales, "receipts", rows).problems] == [
        "第2行 金额: 金额“12.345”超过两位小数",
        "第3行 客户编码: 没有编码为C9的客户",
    ]
