"""Receivables end to end: CRM and bank imports, matching, allocation, aging, limitation, commission."""

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from hrdesk.services import commission, imports, payroll, receivables
from hrdesk.services.actor import PermissionDenied
from hrdesk.spreadsheets.reading import read_sheets
from hrdesk.storage.models import Allocation, AuditEntry, Employee, Receipt
from tests.services.sales_team import (
    ADMIN,
    FINANCE,
    MANAGER,
    OWNER,
    TODAY,
    balances,
    customer_id,
    invoice_ids,
    load,
)

D = Decimal


def test_invoice_due_date_defaults_to_the_customer_credit_days(sales):
    plan = load(sales, "invoices", [["F1", "C2", "", "2026-01-10", "", "1000", ""]])
    assert plan.ok and plan.added == 1
    with sales.sessions() as session:
        rows = receivables.aged_invoices(session, ADMIN, TODAY, *_owner_and_customer(session, "S01", "C2"))  # fmt: skip
    assert rows[0].due_on == date(2026, 3, 11)


def _owner_and_customer(session, employee_no, code):
    from hrdesk.storage.models import Customer, Employee

    return (
        session.scalar(select(Employee.id).where(Employee.employee_no == employee_no)),
        session.scalar(select(Customer.id).where(Customer.code == code)),
    )


def test_an_imported_invoice_is_never_edited_by_a_reimport(sales):
    assert load(sales, "invoices", [["F1", "C1", "", "2026-01-10", "", "1000", ""]]).ok
    again = load(sales, "invoices", [["F1", "C1", "", "2026-01-10", "", "1000", ""]])
    assert again.ok and (again.added, again.unchanged) == (0, 1)
    changed = load(sales, "invoices", [["F1", "C1", "", "2026-01-10", "", "900", ""]])
    assert [str(p) for p in changed.problems] == [
        "第2行 单号: 应收单F1已导入，客户、日期或金额与之前不同；应收单不能修改，差额请做红字冲减"
    ]
    negative = load(sales, "invoices", [["F9", "C1", "", "2026-01-10", "", "-5", ""]])
    assert "红字冲减" in str(negative.problems[0])


def test_receipt_pays_named_invoice_else_oldest_due_and_keeps_overpayment_as_credit(sales):
    assert load(
        sales,
        "invoices",
        [
            ["F1", "C1", "", "2026-01-01", "2026-01-31", "1000", ""],
            ["F2", "C1", "", "2026-02-01", "2026-03-03", "2000", ""],
            ["F3", "C1", "", "2026-03-01", "2026-03-31", "500", ""],
        ],
    ).ok
    ids = invoice_ids(sales)
    c1 = customer_id(sales, "C1")
    # named: F3 first, the rest to the oldest (F1)
    assert load(sales, "receipts", [["2026-04-02", "B1", "甲贸易有限公司", "800", "", "", "F3"]]).ok
    assert balances(sales, c1) == {ids["F1"]: D(700), ids["F2"]: D(2000)}
    # partial, by code, oldest first
    assert load(sales, "receipts", [["2026-04-10", "B2", "别人代付", "1000", "", "C1", ""]]).ok
    assert balances(sales, c1) == {ids["F2"]: D(1700)}
    # overpayment: the invoice is settled, 300 stays as the customer's credit
    assert load(sales, "receipts", [["2026-04-20", "B3", "甲贸易有限公司", "2000", "", "", ""]]).ok
    assert balances(sales, c1) == {}
    with sales.sessions() as session:
        assert receivables.unapplied(session, [c1]) == {c1: D(300)}
    # the credit pays the next invoice as soon as it is imported
    plan = load(sales, "invoices", [["F4", "C1", "", "2026-05-01", "", "500", ""]])
    assert "预收款冲抵 1 笔" in plan.summary()
    assert balances(sales, c1) == {ids.get("F4", invoice_ids(sales)["F4"]): D(200)}


def test_reimporting_a_statement_adds_nothing(sales):
    rows = [["2026-04-02", "B1", "甲贸易有限公司", "800", "", "", ""]]
    assert load(sales, "receipts", rows).added == 1
    again = load(sales, "receipts", rows)
    assert (again.added, again.unchanged) == (0, 1)
    with sales.sessions() as session:
        assert session.scalar(select(func.count(Receipt.id))) == 1


def test_an_ambiguous_or_unknown_payer_waits_unmatched_until_the_clerk_decides(sales):
    assert load(sales, "invoices", [["F1", "C3", "", "2026-01-01", "", "1000", ""]]).ok
    plan = load(
        sales,
        "receipts",
        [
            ["2026-04-02", "B1", "丙商行", "600", "", "", ""],  # fits C3 and C4
            ["2026-04-03", "B2", "某某个人", "100", "", "", ""],
            ["2026-04-04", "B3", "丙商行", "400", "", "", ""],
        ],
    )
    assert plan.ok and "3 笔付款方无法确定客户" in plan.summary()
    with sales.sessions.begin() as session:
        queue = receivables.unmatched(session, FINANCE)
        assert [r.payer_name for r in queue] == ["丙商行", "某某个人", "丙商行"]
        assert [code for _i, code, _n in queue[0].candidates] == ["C3", "C4"]
        c3 = queue[0].candidates[0][0]
        # remembering the payer name settles the other receipt of the same payer too
        assert receivables.assign_customer(session, FINANCE, queue[0].id, c3, remember_payer=True) == 2  # fmt: skip
        assert [r.payer_name for r in receivables.unmatched(session, FINANCE)] == ["某某个人"]
        assert session.scalar(select(func.count(AuditEntry.id)).where(AuditEntry.action == "匹配收款")) == 2  # fmt: skip
    assert balances(sales, customer_id(sales, "C3")) == {}
    # and the next statement's 丙商行 goes to C3 without asking
    assert "无法确定" not in load(sales, "receipts", [["2026-05-02", "B4", "丙商行", "1", "", "", ""]]).summary()  # fmt: skip


def test_gbk_bank_csv_with_debit_credit_columns_title_and_footer(sales, tmp_path):
    assert load(sales, "invoices", [["F1", "C1", "", "2026-01-01", "", "5000", ""]]).ok
    text = (
        "中国工商银行 账户明细查询\n"
        "账号：1001 2345 6789,,,,,\n"
        "交易时间,对方户名,摘要,借方发生额,贷方发生额,余额\n"
        '2026-04-01 09:12:00,甲贸易有限公司,货款,,"1,200.00",11200.00\n'
        "2026-04-01 10:00:00,,手续费,5.00,,11195.00\n"
        "2026-04-02 15:30:00,甲贸易有限公司,货款,,800.00,11995.00\n"
        "2026-04-02 15:30:00,甲贸易有限公司,货款,,800.00,11995.00\n"
        '合计,,,5.00,"2,800.00",\n'
        "共 4 笔,,,,,\n"
    )
    path = tmp_path / "工行流水.csv"
    path.write_bytes(text.encode("gbk"))
    with sales.sessions.begin() as session:
        plan = imports.import_file(session, ADMIN, "receipts", path, TODAY)
    assert plan.ok, plan.problems
    # two identical lines are both real; the fee, the 合计 and the 共4笔 are passed over
    assert (plan.added, plan.ignored) == (3, 3)
    assert balances(sales, customer_id(sales, "C1")) == {invoice_ids(sales)["F1"]: D(2200)}
    with sales.sessions.begin() as session:
        again = imports.import_file(session, ADMIN, "receipts", path, TODAY)
    assert (again.added, again.unchanged) == (0, 3)
    assert read_sheets(path)[0].rows  # the same file the clerk would open


def test_bad_receipt_rows_are_named_and_nothing_is_written(sales):
    plan = load(
        sales,
        "receipts",
        [
            ["2026-04-02", "B1", "甲贸易有限公司", "800", "", "", ""],
            ["2026-13-02", "B2", "甲贸易有限公司", "800", "", "", ""],
            ["2026-04-03", "B3", "甲贸易有限公司", "abc", "", "", ""],
            ["2026-04-03", "B4", "甲贸易有限公司", "5", "", "X9", ""],
        ],
    )
    assert [str(p) for p in plan.problems] == [
        "第3行 交易日期: 日期“2026-13-02”不存在",
        "第4行 金额: “abc”不是金额",
        "第5行 客户编码: 没有编码为X9的客户",
    ]
    with sales.sessions() as session:
        assert session.scalar(select(func.count(Receipt.id))) == 0


def _aging_row(report, code):
    return next(r for r in report.rows if r.customer_code == code)


def test_aging_boundaries_as_of_a_date(sales):
    assert load(
        sales,
        "invoices",
        [
            ["T0", "C1", "", "2026-05-01", "2026-06-30", "100", ""],  # due today → 未到期
            ["T30", "C1", "", "2026-05-01", "2026-05-31", "200", ""],  # 30 days → 1-30
            ["T31", "C1", "", "2026-05-01", "2026-05-30", "400", ""],  # 31 days → 31-60
            ["LATER", "C1", "", "2026-07-01", "2026-07-31", "999", ""],  # not issued yet
        ],
    ).ok
    with sales.sessions() as session:
        report = receivables.aging(session, MANAGER, TODAY)
    row = _aging_row(report, "C1")
    assert row.balance == D(700)
    assert row.buckets[:3] == [D(100), D(200), D(400)]
    assert row.overdue == D(600)
    assert report.labels[:3] == ["未到期", "1-30天", "31-60天"]


def test_aging_as_of_an_earlier_date_counts_only_what_was_paid_by_then(sales):
    assert load(sales, "invoices", [["F1", "C1", "", "2026-01-01", "2026-01-31", "1000", ""]]).ok
    assert load(sales, "receipts", [["2026-04-02", "B1", "甲贸易有限公司", "400", "", "", ""]]).ok
    with sales.sessions() as session:
        before = _aging_row(receivables.aging(session, ADMIN, date(2026, 3, 31)), "C1")
        after = _aging_row(receivables.aging(session, ADMIN, date(2026, 4, 30)), "C1")
    assert (before.balance, after.balance) == (D(1000), D(600))
    assert before.buckets[2] == D(1000)  # 59 days past due: 31-60
    assert after.buckets[3] == D(600)  # 89 days: 61-90


def test_sales_managers_see_aging_but_not_wages(sales):
    with sales.sessions() as session:
        receivables.aging(session, MANAGER, TODAY)
        with pytest.raises(PermissionDenied):
            payroll.month_view(session, MANAGER, date(2026, 6, 1))


def test_aging_export_has_the_interface_headers_and_a_total_row(sales, tmp_path):
    assert load(sales, "invoices", [["F1", "C1", "", "2026-01-01", "2026-01-31", "1000", ""], ["F2", "C3", "", "2026-06-01", "2026-07-01", "50", ""]]).ok  # fmt: skip
    out = tmp_path / "receivables.xlsx"
    with sales.sessions() as session:
        assert receivables.write_aging(session, ADMIN, TODAY, out) == 2
        receivables.write_aging(session, ADMIN, TODAY, tmp_path / "by.xlsx", by="salesperson")
    rows = read_sheets(out)[0].rows
    assert rows[0] == ["业务员工号", "业务员", "客户编码", "客户名称", "未收余额", "未到期", "1-30天", "31-60天", "61-90天", "91-180天", "181-365天", "365天以上"]  # fmt: skip
    assert rows[-1][0] == "合计" and D(str(rows[-1][4])) == D(1050)
    by_person = read_sheets(tmp_path / "by.xlsx")[0].rows
    assert [r[0] for r in by_person[1:]] == ["S01", "S02", "合计"] and by_person[1][2] == ""


def test_the_home_page_item_shows_the_balance_in_the_one_money_format(sales):
    """Issue 18: 首页 printed 68500.00 where the grids print 68,500.00."""
    assert load(sales, "invoices", [["F1", "C1", "", "2023-03-01", "2023-03-31", "68500", ""]]).ok
    with sales.sessions() as session:
        [item] = receivables.limitation_near(session, date(2026, 1, 1))
    assert "未收68,500.00 元" in item.detail and "68500.00" not in item.detail


def test_limitation_restarts_on_a_payment(sales):
    assert load(sales, "invoices", [["F1", "C1", "", "2023-03-01", "2023-03-31", "1000", ""]]).ok
    with sales.sessions() as session:
        [row] = receivables.limitation_rows(session, date(2026, 1, 1))
    assert row.ends_on == date(2026, 3, 31) and row.nothing_since_due
    with sales.sessions() as session:
        assert receivables.limitation_watch(session, ADMIN, date(2026, 1, 1)) == [row]
    assert load(sales, "receipts", [["2025-06-30", "B1", "甲贸易有限公司", "100", "", "", ""]], today=date(2026, 1, 1)).ok  # fmt: skip
    with sales.sessions() as session:
        [row] = receivables.limitation_rows(session, date(2026, 1, 1))
        assert receivables.limitation_watch(session, ADMIN, date(2026, 1, 1)) == []
    assert (row.ends_on, row.acknowledged_by, row.nothing_since_due) == (date(2028, 6, 30), "收款", False)  # fmt: skip


def test_a_signed_confirmation_restarts_limitation_and_reaches_the_home_page(sales):
    assert load(sales, "invoices", [["F1", "C1", "", "2023-03-01", "2023-03-31", "1000", ""]]).ok
    c1 = customer_id(sales, "C1")
    with sales.sessions.begin() as session:
        [item] = receivables.limitation_near(session, date(2026, 1, 1))
        assert item.urgent and item.record_id == c1 and "甲贸易" in item.title
        receivables.add_acknowledgement(session, FINANCE, c1, date(2025, 12, 1), "对账函确认", "DZ-2025-0007")  # fmt: skip
        assert receivables.limitation_near(session, date(2026, 1, 1)) == []
        [row] = receivables.limitation_rows(session, date(2026, 1, 1))
        assert (row.ends_on, row.acknowledged_by) == (date(2028, 12, 1), "对账函确认")


def test_a_write_off_counts_only_once_someone_else_approves_it(sales):
    assert load(sales, "invoices", [["F1", "C1", "", "2023-03-01", "2023-03-31", "1000", ""]]).ok
    f1 = invoice_ids(sales)["F1"]
    c1 = customer_id(sales, "C1")
    with sales.sessions.begin() as session:
        with pytest.raises(ValueError, match="原因"):
            receivables.request_write_off(session, FINANCE, f1, D(1000), " ")
        request = receivables.request_write_off(session, FINANCE, f1, D(1000), "客户已注销")
    assert balances(sales, c1) == {f1: D(1000)}
    with sales.sessions.begin() as session:
        with pytest.raises(PermissionDenied):
            receivables.decide_write_off(session, FINANCE, request, True, TODAY)
        receivables.decide_write_off(session, OWNER, request, True, TODAY)
    assert balances(sales, c1) == {}
    with sales.sessions() as session:  # aging before the approval still shows it
        report = receivables.aging(session, ADMIN, date(2026, 6, 29))
        assert _aging_row(report, "C1").balance == D(1000)


def test_the_requester_may_not_approve_their_own_write_off(sales):
    assert load(sales, "invoices", [["F1", "C1", "", "2023-03-01", "2023-03-31", "1000", ""]]).ok
    with sales.sessions.begin() as session:
        request = receivables.request_write_off(session, OWNER, invoice_ids(sales)["F1"], D(10), "零头")  # fmt: skip
        with pytest.raises(ValueError, match="申请人以外"):
            receivables.decide_write_off(session, OWNER, request, True, TODAY)


def test_credit_note_reduces_the_balance_by_its_own_record(sales):
    assert load(sales, "invoices", [["F1", "C1", "", "2026-05-01", "", "1000", ""]]).ok
    f1 = invoice_ids(sales)["F1"]
    with sales.sessions.begin() as session:
        with pytest.raises(ValueError, match="超过"):
            receivables.add_credit_note(session, FINANCE, f1, "H1", TODAY, D(1001), "退货")
        receivables.add_credit_note(session, FINANCE, f1, "H1", TODAY, D(250), "退货5件")
    assert balances(sales, customer_id(sales, "C1")) == {f1: D(750)}


def test_manual_reallocation_is_audited(sales):
    assert load(sales, "invoices", [["F1", "C1", "", "2026-01-01", "2026-01-31", "1000", ""], ["F2", "C1", "", "2026-02-01", "2026-03-01", "1000", ""]]).ok  # fmt: skip
    assert load(sales, "receipts", [["2026-04-02", "B1", "甲贸易有限公司", "500", "", "", ""]]).ok
    ids = invoice_ids(sales)
    with sales.sessions.begin() as session:
        receipt_id = session.scalar(select(Receipt.id))
        receivables.reallocate(session, FINANCE, receipt_id, {ids["F2"]: D(500)}, "客户来电指定付F2")  # fmt: skip
        now = receivables.reallocation_choices(session, FINANCE, receipt_id)
        assert [(i.number, i.applied_here) for i in now if i.applied_here] == [("F2", D(500))]
        assert session.scalar(select(func.count(AuditEntry.id)).where(AuditEntry.action.in_(["取消核销", "核销"]))) == 2  # fmt: skip
        with pytest.raises(ValueError, match="超过收款金额"):
            receivables.reallocate(session, FINANCE, receipt_id, {ids["F1"]: D(600)}, "x")


def test_reassigning_keeps_history_and_commission_follows_the_owner_on_the_receipt_date(sales):
    assert load(sales, "invoices", [["F1", "C1", "", "2026-01-01", "2026-01-31", "1000", ""]]).ok
    c1 = customer_id(sales, "C1")
    with sales.sessions.begin() as session:
        s02 = _owner_and_customer(session, "S02", "C1")[0]
        assert (
            receivables.reassign(session, FINANCE, [c1], s02, date(2026, 4, 15), "王销售离职") == 1
        )
    assert load(sales, "receipts", [["2026-04-10", "B1", "甲贸易有限公司", "300", "", "", ""], ["2026-04-20", "B2", "甲贸易有限公司", "700", "", "", ""]]).ok  # fmt: skip
    with sales.sessions() as session:
        found = {c.employee_no: c for c in commission.commissions(session, ADMIN, date(2026, 4, 1))}
        old_owner = receivables.aging(session, ADMIN, date(2026, 4, 1)).rows[0].salesperson_no
    assert old_owner == "S01"
    assert found["S01"].collected == D(300) and found["S02"].collected == D(700)


def test_commission_statement_90_versus_91_days_late(sales):
    assert load(
        sales,
        "invoices",
        [
            ["F1", "C1", "", "2026-01-01", "2026-01-31", "10000", ""],
            ["F2", "C1", "", "2026-01-01", "2026-01-30", "10000", ""],
        ],
    ).ok
    # 2026-05-01 is 90 days after 01-31 and 91 after 01-30
    assert load(sales, "receipts", [["2026-05-01", "B1", "甲贸易有限公司", "10000", "", "", "F1"], ["2026-05-01", "B2", "甲贸易有限公司", "10000", "", "", "F2"]]).ok  # fmt: skip
    with sales.sessions() as session:
        entry = commission.statement(session, MANAGER, date(2026, 5, 1), "S01")
    lines = {line.invoice_no: line for line in entry.lines}
    assert (lines["F1"].days_late, lines["F1"].coefficient, lines["F1"].commission) == (90, D("0.8"), D(240))  # fmt: skip
    assert (lines["F2"].days_late, lines["F2"].coefficient, lines["F2"].commission) == (91, D("0.5"), D(150))  # fmt: skip
    assert (entry.collected, entry.earned, entry.held, entry.payable) == (D(20000), D(390), False, D(390))  # fmt: skip


def test_commission_held_under_half_target_then_released_into_the_next_month(sales):
    assert load(sales, "invoices", [["F1", "C1", "", "2026-04-01", "2026-05-31", "4000", ""]]).ok
    assert load(sales, "receipts", [["2026-05-20", "B1", "甲贸易有限公司", "4000", "", "", ""]]).ok
    may = date(2026, 5, 1)
    with sales.sessions.begin() as session:
        entry = commission.statement(session, ADMIN, may, "S01")
        assert (entry.earned, entry.held, entry.payable) == (D(120), True, D(0))
        with pytest.raises(ValueError, match="审核后才能放行"):
            commission.release(session, MANAGER, may, entry.salesperson_id, "回款已到")
        payroll.run(session, ADMIN, may)
        payroll.approve(session, OWNER, may)
        with pytest.raises(PermissionDenied):
            commission.release(session, FINANCE, may, entry.salesperson_id, "回款已到")
        release = commission.release(session, MANAGER, may, entry.salesperson_id, "大客户6月初回款")
        assert release.paid_in_month == date(2026, 6, 1)
        june = commission.statement(session, ADMIN, date(2026, 6, 1), "S01")
        assert june.released_from_earlier == D(120) and june.payable == D(120)
        assert "已放行" in commission.statement(session, ADMIN, may, "S01").state
    # a May receipt imported after the approval pays in June and does not unhold May
    assert load(sales, "receipts", [["2026-05-25", "B2", "甲贸易有限公司", "1", "", "", ""]]).ok
    with sales.sessions() as session:
        assert commission.statement(session, ADMIN, may, "S01").held


def test_an_approved_month_keeps_the_rate_it_was_paid_with(sales):
    assert load(sales, "invoices", [["F1", "C1", "", "2026-04-01", "2026-05-31", "10000", ""]]).ok
    assert load(sales, "receipts", [["2026-05-20", "B1", "甲贸易有限公司", "10000", "", "", ""]]).ok
    with sales.sessions.begin() as session:
        payroll.run(session, ADMIN, date(2026, 5, 1))
        payroll.approve(session, OWNER, date(2026, 5, 1))
        person = session.scalar(select(Employee).where(Employee.employee_no == "S01"))
        person.commission_rate = D("0.05")
    with sales.sessions() as session:
        assert commission.statement(session, ADMIN, date(2026, 5, 1), "S01").earned == D(300)


def test_a_prepayment_earns_commission_for_the_owner_when_the_invoice_is_issued(sales):
    assert load(
        sales, "receipts", [["2026-04-02", "B1", "甲贸易有限公司", "1000", "预付款", "", ""]]
    ).ok
    assert load(sales, "invoices", [["F1", "C1", "", "2026-04-10", "2026-05-10", "1000", ""]]).ok
    with sales.sessions() as session:
        entry = commission.statement(session, ADMIN, date(2026, 4, 1), "S01")
        assert (entry.collected, entry.earned) == (D(1000), D(30))
        # before the invoice, the money was the customer's credit; from its issue date it paid it
        assert session.scalar(select(Allocation.applied_on)) == date(2026, 4, 10)


def test_payroll_pays_commission_on_the_month_collections(sales):
    assert load(sales, "invoices", [["F1", "C1", "", "2026-04-01", "2026-05-31", "10000", ""]]).ok
    assert load(sales, "receipts", [["2026-05-20", "B1", "甲贸易有限公司", "10000", "", "", ""]]).ok
    with sales.sessions.begin() as session:
        payroll.run(session, ADMIN, date(2026, 5, 1))
        view = payroll.month_view(session, ADMIN, date(2026, 5, 1))
    row = next(r for r in view.rows if r.employee_no == "S01")
    assert row.figures["提成"] == D(300) and row.figures["其中回款提成"] == D(300)


def test_a_receipt_of_an_approved_month_pays_commission_in_the_next_open_month(sales):
    with sales.sessions.begin() as session:
        payroll.run(session, ADMIN, date(2026, 5, 1))
        payroll.approve(session, OWNER, date(2026, 5, 1))
    assert load(sales, "invoices", [["F1", "C1", "", "2026-04-01", "2026-05-31", "10000", ""]]).ok
    assert load(sales, "receipts", [["2026-05-20", "B1", "甲贸易有限公司", "10000", "", "", ""]]).ok
    with sales.sessions() as session:
        allocation = session.scalar(select(Allocation))
        assert (allocation.applied_on, allocation.commission_month) == (date(2026, 5, 20), date(2026, 6, 1))  # fmt: skip
        june = commission.statement(session, ADMIN, date(2026, 6, 1), "S01")
        # the money was in on 05-20: May's month-end balance shows it paid
        assert receivables.aging(session, ADMIN, date(2026, 5, 31)).rows == []
    assert june.earned == D(300) and june.lines[0].received_on == date(2026, 5, 20)


def test_commission_statement_exports_every_line(sales, tmp_path):
    assert load(sales, "invoices", [["F1", "C1", "", "2026-04-01", "2026-05-31", "10000", ""]]).ok
    assert load(sales, "receipts", [["2026-05-20", "B1", "甲贸易有限公司", "10000", "", "", ""]]).ok
    out = tmp_path / "s.xlsx"
    with sales.sessions() as session:
        commission.write_statement(session, MANAGER, date(2026, 5, 1), "S01", out)
    rows = read_sheets(out)[0].rows
    assert rows[0][:4] == ["收款日期", "银行流水号", "客户", "应收单号"]
    assert rows[1][1] == "B1" and rows[1][3] == "F1" and D(str(rows[1][-1])) == D(300)
    assert rows[-1][0] == "本月应发回款提成" and D(str(rows[-1][-1])) == D(300)


def test_days_sales_outstanding_per_salesperson(sales):
    # 9,000 invoiced in the last 90 days, 3,000 still owed: 30 days of sales outstanding
    assert load(sales, "invoices", [["F1", "C1", "", "2026-05-01", "2026-05-31", "9000", ""]]).ok
    assert load(sales, "receipts", [["2026-06-01", "B1", "甲贸易有限公司", "6000", "", "", ""]]).ok
    with sales.sessions() as session:
        report = receivables.aging(session, ADMIN, TODAY)
        s01 = report.rows[0].salesperson_id
    assert report.dso(s01) == D("30.0") and report.dso() == D("30.0")


def test_limitation_watch_lists_a_year_overdue_with_nothing_on_file_but_not_a_fresh_overdue(sales):
    assert load(sales, "invoices", [["OLD", "C1", "", "2024-01-01", "2024-01-31", "100", ""], ["NEW", "C3", "", "2026-04-01", "2026-05-01", "100", ""]]).ok  # fmt: skip
    with sales.sessions() as session:
        watched = receivables.limitation_watch(session, ADMIN, TODAY)
        rows = receivables.limitation_rows(session, TODAY)
        assert {r.customer_code for r in rows} == {"C1", "C3"}
    assert [r.customer_code for r in watched] == ["C1"]
    assert "没有收款、对账或催款记录" in watched[0].reason


def _brute_force_balance(session, as_of):
    """Every invoice's balance on a date straight from the records, without settled_on."""
    from hrdesk.storage.models import CreditNote, Invoice, WriteOff

    owed = {}
    for invoice in session.scalars(select(Invoice).where(Invoice.issued_on <= as_of)):
        owed[invoice.id] = invoice.amount
    for a in session.scalars(select(Allocation).where(Allocation.applied_on <= as_of)):
        owed[a.invoice_id] -= a.amount
    for c in session.scalars(select(CreditNote).where(CreditNote.issued_on <= as_of)):
        owed[c.invoice_id] -= c.amount
    for w in session.scalars(select(WriteOff).where(WriteOff.status == "已批准", WriteOff.decided_on <= as_of)):  # fmt: skip
        owed[w.invoice_id] -= w.amount
    return sum(owed.values(), D(0))


def test_aging_on_any_date_agrees_with_the_records_after_every_kind_of_change(sales):
    assert load(sales, "invoices", [["F1", "C1", "", "2026-01-01", "2026-01-31", "1000", ""], ["F2", "C1", "", "2026-02-01", "2026-03-01", "500", ""], ["F3", "C3", "", "2026-02-01", "2026-03-01", "800", ""]]).ok  # fmt: skip
    assert load(sales, "receipts", [["2026-03-10", "B1", "甲贸易有限公司", "1000", "", "", ""], ["2026-04-10", "B2", "甲贸易有限公司", "600", "", "", ""]]).ok  # fmt: skip
    ids = invoice_ids(sales)
    with sales.sessions.begin() as session:
        receivables.add_credit_note(session, FINANCE, ids["F3"], "H1", date(2026, 4, 1), D(300), "退货")  # fmt: skip
        request = receivables.request_write_off(session, FINANCE, ids["F3"], D(500), "破产")
        receivables.decide_write_off(session, OWNER, request, True, date(2026, 5, 1))
        b2 = session.scalar(select(Receipt.id).where(Receipt.transaction_no == "B2"))
        receivables.reallocate(session, FINANCE, b2, {ids["F2"]: D(500)}, "x")
    with sales.sessions() as session:
        for day in (date(2026, 2, 15), date(2026, 3, 31), date(2026, 4, 15), date(2026, 4, 25), date(2026, 5, 2), TODAY):  # fmt: skip
            assert receivables.aging(session, ADMIN, day).total().balance == _brute_force_balance(session, day), day  # fmt: skip


def test_commission_statement_pdf_holds_every_line_and_the_total(sales, tmp_path):
    from pypdf import PdfReader

    assert load(sales, "invoices", [["F1", "C1", "", "2026-04-01", "2026-05-31", "10000", ""]]).ok
    assert load(sales, "receipts", [["2026-05-20", "B1", "甲贸易有限公司", "10000", "", "", ""]]).ok
    out = tmp_path / "s.pdf"
    with sales.sessions() as session:
        commission.print_statement(session, MANAGER, date(2026, 5, 1), "S01", out)
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert "F1" in text and "B1" in text and "300.00" in text and "10,000.00" in text


def test_reallocating_leaves_balances_on_past_dates_as_they_were(sales):
    assert load(sales, "invoices", [["F1", "C1", "", "2026-01-01", "2026-01-31", "1000", ""], ["F2", "C1", "", "2026-02-01", "2026-03-01", "1000", ""]]).ok  # fmt: skip
    assert load(sales, "receipts", [["2026-04-02", "B1", "甲贸易有限公司", "1000", "", "", ""]]).ok
    with sales.sessions() as session:
        before = receivables.aging(session, ADMIN, date(2026, 4, 30)).total().balance
    with sales.sessions.begin() as session:
        receipt_id = session.scalar(select(Receipt.id))
        receivables.reallocate(session, FINANCE, receipt_id, {invoice_ids(sales)["F2"]: D(1000)}, "客户指定")  # fmt: skip
    with sales.sessions() as session:
        after = receivables.aging(session, ADMIN, date(2026, 4, 30)).total().balance
        assert after == before == D(1000)


def test_bank_quirks_a_reused_number_an_amount_and_direction_column_and_a_reversal(sales):
    header = ["交易日期", "凭证号", "对方户名", "交易金额", "借贷标志", "摘要"]
    plan = load(sales, "receipts", [
        ["2026-04-01", "V1", "甲贸易有限公司", "800", "贷", "货款"],
        ["2026-04-01", "V1", "甲贸易有限公司", "800", "借", "退款给客户"],
        ["2026-04-02", "", "", "12.34", "贷", "结息"],
        ["2026-04-02", "", "", "", "", "本日合计"],
    ], header=header)  # fmt: skip
    # 凭证号 is no bank serial: lines are told apart by their content; the refund is money out
    assert plan.ok, plan.problems
    assert (plan.added, plan.ignored) == (2, 2)
    with sales.sessions() as session:
        queue = receivables.unmatched(session, FINANCE)
    assert [(r.payer_name, r.amount) for r in queue] == [("", D("12.34"))]
    reversal = load(sales, "receipts", [["2026-04-03", "B9", "甲贸易有限公司", "", "-500"]], header=["交易日期", "流水号", "付款方名称", "借方金额", "贷方金额"])  # fmt: skip
    assert reversal.ok and reversal.added == 0
    assert [p.column for p in reversal.warnings] == ["贷方金额"]


def test_the_same_transaction_number_with_other_figures_is_refused(sales):
    assert load(sales, "receipts", [["2026-04-01", "B1", "甲贸易有限公司", "800", "", "", ""]]).ok
    plan = load(sales, "receipts", [["2026-09-01", "B1", "乙科技", "900", "", "", ""], ["2026-09-02", "B2", "乙科技", "1", "", "", ""], ["2026-09-03", "B2", "乙科技", "2", "", "", ""]])  # fmt: skip
    assert [str(p) for p in plan.problems] == [
        "第2行 流水号: 与已导入的收款的流水号B1相同，但日期或金额不同；请核对是否为同一笔",
        "第4行 流水号: 与第3行的流水号B2相同，但日期或金额不同；请核对是否为同一笔",
    ]


def test_a_statement_read_as_xls_after_csv_adds_nothing(sales):
    # the same line, its amount written as text by one export and as a float by another
    assert load(sales, "receipts", [["2026-04-01", "", "甲贸易有限公司", "800", "货款", "", ""]]).added == 1  # fmt: skip
    again = load(sales, "receipts", [["2026-04-01", "", "甲贸易有限公司", 800.0, "货款", "", ""]])
    assert (again.added, again.unchanged) == (0, 1)


def test_overlong_text_is_a_row_problem_not_a_crash(sales):
    plan = load(sales, "receipts", [["2026-04-01", "X" * 70, "甲贸易有限公司", "800", "", "", ""]])
    assert [str(p) for p in plan.problems] == ["第2行 流水号: 超过60个字"]


def test_reimporting_customers_keeps_what_the_file_leaves_out(sales):
    plan = load(sales, "customers", [["C2", "乙科技（上海）有限公司", "S01"]], header=["客户编码", "客户名称", "业务员工号"])  # fmt: skip
    assert plan.ok and plan.unchanged == 1
    with sales.sessions() as session:
        from hrdesk.storage.models import Customer

        assert session.scalar(select(Customer.credit_days).where(Customer.code == "C2")) == 60


def test_a_credit_that_is_no_customer_money_leaves_the_queue_with_a_reason(sales):
    assert load(sales, "receipts", [["2026-04-02", "B1", "工商银行", "12.34", "结息", "", ""]]).ok
    with sales.sessions.begin() as session:
        [receipt] = receivables.unmatched(session, FINANCE)
        with pytest.raises(ValueError, match="写明"):
            receivables.dismiss_receipt(session, FINANCE, receipt.id, " ")
        receivables.dismiss_receipt(session, FINANCE, receipt.id, "银行结息")
        assert receivables.unmatched(session, FINANCE) == []
        assert receivables.receipt_list(session, FINANCE)[0].customer == "非客户款项：银行结息"


def test_a_handover_may_not_reach_back_into_an_approved_month(sales):
    assert load(sales, "invoices", [["F1", "C1", "", "2026-01-01", "2026-01-31", "1000", ""]]).ok
    with sales.sessions.begin() as session:
        payroll.run(session, ADMIN, date(2026, 5, 1))
        payroll.approve(session, OWNER, date(2026, 5, 1))
        s02 = session.scalar(select(Employee.id).where(Employee.employee_no == "S02"))
        with pytest.raises(ValueError, match="已审核"):
            receivables.reassign(session, FINANCE, [customer_id(sales, "C1")], s02, date(2026, 5, 20), "离职")  # fmt: skip
        assert receivables.reassign(session, FINANCE, [customer_id(sales, "C1")], s02, date(2026, 6, 1), "离职") == 1  # fmt: skip
