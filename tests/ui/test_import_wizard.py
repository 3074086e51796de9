"""The import wizard end to end: file, header found, mapping, preview with problems, commit."""

from openpyxl import Workbook
from PySide6.QtWidgets import QFileDialog, QMessageBox

from hrdesk.domain.roles import Role
from hrdesk.services import employees, receivables
from hrdesk.services.actor import Actor
from hrdesk.ui.dialogs.import_wizard import ImportWizard
from tests.services.test_imports import messy_roster, resident_id

CLERK = Actor("人事小王", Role.HR, 1)
FINANCE = Actor("财务小李", Role.FINANCE, 2)


def start(qtbot, database, path, actor=CLERK, kind="employees"):
    wizard = ImportWizard(database, actor, kind)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path.setText(str(path))
    wizard.next()  # → sheet and header
    return wizard


def test_a_messy_roster_through_every_page(qtbot, database, tmp_path):
    wizard = start(qtbot, database, messy_roster(tmp_path / "roster.xlsx"))
    sheet_page = wizard.currentPage()
    assert sheet_page.header_row.value() == 3  # the title and group rows skipped
    wizard.next()  # → mapping
    mapping_page = wizard.currentPage()
    assert mapping_page.combos["hire_date"].currentText() == "入职日期*"
    assert mapping_page.combos["phone"].currentData() == -1  # not in the file: not imported
    wizard.next()  # → preview, checked in the background
    preview = wizard.currentPage()
    qtbot.waitUntil(lambda: preview.plan is not None, timeout=10_000)
    assert preview.isComplete() and "新增 5 行" in preview.summary.text()
    with database.sessions() as session:
        assert employees.roster(session, CLERK) == []  # nothing written before 导入
    wizard.next()  # 导入 → written in the background
    done = wizard.currentPage()
    qtbot.waitUntil(lambda: done.done, timeout=10_000)
    assert "导入完成" in done.label.text()
    with database.sessions() as session:
        assert len(employees.roster(session, CLERK)) == 5


def test_problems_block_the_import_and_can_be_saved(qtbot, database, tmp_path, monkeypatch):
    bad = messy_roster(
        tmp_path / "bad.xlsx",
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
        ],
    )
    wizard = start(qtbot, database, bad)
    wizard.next()
    wizard.next()
    preview = wizard.currentPage()
    qtbot.waitUntil(lambda: preview.plan is not None, timeout=10_000)
    assert not preview.isComplete()
    assert (
        preview.problems.item(0, 0).text() == "4"
        and preview.problems.item(0, 1).text() == "身份证号"
    )
    target = tmp_path / "problems.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    preview.export_problems()
    from openpyxl import load_workbook

    assert [c.value for c in load_workbook(target).active[2]] == [
        4,
        "身份证号",
        "身份证号校验位不正确",
        "错误",
    ]


def test_a_saved_mapping_is_offered_next_time(qtbot, database, tmp_path, monkeypatch):
    workbook = Workbook()
    workbook.active.append(["员工编号", "员工姓名", "证件号码", "所属部门", "到岗日期", "月薪"])
    workbook.active.append(
        ["E100", "周一", resident_id("11010519900307123"), "销售部", "2025-01-01", 8000]
    )
    path = tmp_path / "crm.xlsx"
    workbook.save(path)
    wizard = start(qtbot, database, path)
    wizard.currentPage().header_row.setValue(1)
    wizard.next()
    mapping_page = wizard.currentPage()
    for field, header in (
        ("employee_no", "员工编号"),
        ("name", "员工姓名"),
        ("id_number", "证件号码"),
        ("department", "所属部门"),
        ("hire_date", "到岗日期"),
        ("base_salary", "月薪"),
    ):
        combo = mapping_page.combos[field]
        combo.setCurrentIndex(combo.findText(header))
    mapping_page.mapping_name.setText("CRM导出")
    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    mapping_page.save_mapping()

    again = start(qtbot, database, path)
    sheet_page = again.currentPage()
    sheet_page.mapping.setCurrentIndex(sheet_page.mapping.findText("CRM导出"))
    assert sheet_page.header_row.value() == 1
    again.next()
    assert again.currentPage().combos["base_salary"].currentText() == "月薪"


def test_a_sheet_used_out_to_xfd1048576_is_refused_on_the_first_page(qtbot, database, tmp_path):
    """Issue 19: the wizard reads like the command line, so it measures before reading; the
    process used to die asking for 512 GB."""
    book = Workbook()
    book.active.append(["工号", "姓名"])
    book.active["XFD1048576"] = "x"
    path = tmp_path / "far.xlsx"
    book.save(path)
    wizard = start(qtbot, database, path)
    assert wizard.currentPage() is wizard.file_page  # stayed: the file was refused
    assert "使用范围到 XFD1048576" in wizard.file_page.problem.text()


def kinds_offered(wizard) -> list[str]:
    combo = wizard.file_page.kind
    return [combo.itemData(i) for i in range(combo.count())]


def test_every_import_kind_is_offered_and_finance_gets_the_receivables_kinds(qtbot, database):
    """Issue 18: customers, invoices and bank receipts could not be imported from the window."""
    from hrdesk.spreadsheets.templates import TEMPLATES

    admin = ImportWizard(database, Actor("管理员", Role.ADMIN, 9), "employees")
    qtbot.addWidget(admin)
    assert sorted(kinds_offered(admin)) == sorted(TEMPLATES)
    wizard = ImportWizard(database, FINANCE, "receipts")
    qtbot.addWidget(wizard)
    offered = kinds_offered(wizard)
    assert {"customers", "invoices", "receipts"} <= set(offered) and "employees" not in offered
    assert wizard.file_page.kind.currentData() == "receipts"


def bank_statement(path, rows):
    book = Workbook()
    book.active.append(["交易日期", "流水号", "付款方名称", "金额", "摘要", "客户编码"])
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def customer_code(database) -> str:
    with database.sessions() as session:
        return receivables.customer_choices(session)[0][1]


def receipts_numbered(database, prefix: str) -> list:
    with database.sessions() as session:
        return receivables.receipt_list(session, FINANCE, prefix)


def checked(qtbot, wizard):
    wizard.next()  # → mapping
    wizard.next()  # → preview, checked in the background
    preview = wizard.currentPage()
    qtbot.waitUntil(lambda: preview.plan is not None, timeout=10_000)
    return preview


def test_a_bank_statement_through_the_wizard_writes_its_receipts(qtbot, demo_database, tmp_path):
    from hrdesk.ui.screens.receivables import ReceivablesPage

    code = customer_code(demo_database)
    path = bank_statement(
        tmp_path / "bank.xlsx",
        [
            ["2026-11-20", "UI-T1", "某贸易公司", 1234.5, "货款", code],
            ["2026-11-21", "UI-T2", "不认识的付款人", 99, "", ""],
        ],
    )
    page = ReceivablesPage(demo_database, FINANCE)  # open in the window behind the wizard
    qtbot.addWidget(page)
    unmatched = len(page.unmatched_tab.model.rows)
    wizard = start(qtbot, demo_database, path, FINANCE, "receipts")
    assert wizard.currentPage().header_row.value() == 1
    preview = checked(qtbot, wizard)
    assert preview.isComplete() and "新增 2 行" in preview.summary.text()
    assert receipts_numbered(demo_database, "UI-T") == []  # nothing written before 导入
    wizard.next()
    done = wizard.currentPage()
    qtbot.waitUntil(lambda: done.done, timeout=10_000)
    assert "导入完成" in done.label.text()
    receipt = receipts_numbered(demo_database, "UI-T1")[0]
    assert str(receipt.amount) == "1234.50" and receipt.customer
    assert len(page.unmatched_tab.model.rows) == unmatched + 1  # the page refreshed itself


def test_a_bad_receipt_row_is_named_by_row_and_column_and_nothing_is_written(
    qtbot, demo_database, tmp_path
):
    code = customer_code(demo_database)
    path = bank_statement(
        tmp_path / "bank.xlsx",
        [
            ["2026-11-20", "UI-T1", "某贸易公司", 1234.5, "货款", code],
            ["2026-11-21", "UI-T2", "某贸易公司", "abc", "货款", code],
        ],
    )
    preview = checked(qtbot, start(qtbot, demo_database, path, FINANCE, "receipts"))
    assert not preview.isComplete()
    assert "第3行 金额: “abc”不是金额" in preview.summary.text()
    assert [preview.problems.item(0, c).text() for c in range(2)] == ["3", "金额"]
    assert receipts_numbered(demo_database, "UI-T") == []
