"""A salesperson leaves: the ground, the checklist, the handover, the report, the final pay."""

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from hrdesk.documents.letters import Letterhead
from hrdesk.domain.grounds import Ground
from hrdesk.services import (
    commission,
    letters,
    payroll,
    receivables,
    separations,
    settings,
    settlement,
)
from hrdesk.storage.models import Customer, Employee, InvoiceOwner
from tests.services.sales_team import ADMIN, OWNER, load

D = Decimal
TODAY = date(2026, 6, 30)


@pytest.fixture
def leaving(sales):
    """S01 owes the company nothing; its customers C1 and C2 owe three invoices; C3 is S02's."""
    assert load(sales, "invoices", [
        ["F1", "C1", "", "2026-01-01", "2026-01-31", "1000", ""],
        ["F2", "C1", "", "2026-05-01", "2026-05-31", "2000", ""],
        ["F3", "C2", "", "2026-06-01", "2026-07-31", "500", ""],
        ["F4", "C1", "", "2026-02-01", "2026-03-01", "300", ""],
        ["G1", "C3", "", "2026-05-01", "2026-05-31", "700", ""],
    ]).ok  # fmt: skip
    assert load(sales, "receipts", [["2026-04-01", "B1", "甲贸易有限公司", "300", "", "", "F4"]]).ok
    with sales.sessions.begin() as session:
        people = dict(session.execute(select(Employee.employee_no, Employee.id)).all())
        separation = separations.start(
            session, ADMIN, people["S01"], Ground.INCOMPETENCE, date(2026, 6, 20), date(2026, 7, 15), people["S02"]
        )  # fmt: skip
    return sales, separation, people


def test_the_ground_says_what_it_needs_and_what_is_owed(leaving):
    database, separation, people = leaving
    with database.sessions.begin() as session:
        settings.put(session, ADMIN, "local_average_wage", "12000")
        separations.update_figures(session, ADMIN, separation, D(5000), D(12000), D(0))
        found = settlement.assess(session, ADMIN, separation)
    assert "培训或调整工作岗位" in found.requires
    assert found.notice.required_days == 30 and found.pay_in_lieu == D(5000)  # 25 days' notice
    assert found.severance.months == D(7)  # 2020-01-01 to 2026-07-15: 6 years 6 months and more
    assert found.severance.amount == D(35000)
    assert any("没有培训或调岗记录" in w for w in found.warnings)
    assert any("3张未收应收单" in w for w in found.warnings)
    with database.sessions.begin() as session:
        separations.add_evidence(
            session, ADMIN, people["S01"], date(2026, 3, 1), "培训", "销售技巧培训"
        )
        assert not any("培训" in w for w in settlement.assess(session, ADMIN, separation).warnings)


def test_the_report_lists_exactly_the_leavers_open_invoices(leaving, tmp_path):
    database, _separation, _people = leaving
    with database.sessions() as session:
        data = separations.report(session, ADMIN, "S01", TODAY)
        separations.write_report(session, ADMIN, "S01", TODAY, tmp_path / "r.xlsx")
        separations.write_report(session, ADMIN, "S01", TODAY, tmp_path / "r.pdf")
    assert [row[2] for row in data.rows] == ["F1", "F2", "F3"]  # F4 paid, G1 is S02's
    assert data.total == D(3500) and data.successor == "李销售"
    f1 = data.rows[0]
    assert (f1[0], f1[7], f1[8], f1[12]) == (
        "C1",
        150,
        "91-180天",
        date(2029, 4, 1),
    )  # restarted by the 04-01 payment
    from pypdf import PdfReader

    text = "".join(page.extract_text() for page in PdfReader(tmp_path / "r.pdf").pages)
    assert "F1" in text and "F3" in text and "G1" not in text and "接手人" in text


def test_handover_moves_the_customers_and_keeps_the_history(leaving):
    database, separation, people = leaving
    with database.sessions.begin() as session:
        c1, c2 = session.scalars(select(Customer.id).where(Customer.code.in_(["C1", "C2"])).order_by(Customer.code)).all()  # fmt: skip
        assert separations.hand_over(session, ADMIN, separation, [c1, c2], people["S02"], date(2026, 7, 1)) == 3  # fmt: skip
    with database.sessions() as session:
        after = receivables.aging(session, ADMIN, date(2026, 7, 2)).by_salesperson()
        before = receivables.aging(session, ADMIN, date(2026, 6, 30)).by_salesperson()
        history = session.execute(select(InvoiceOwner.salesperson_id, InvoiceOwner.until_date, InvoiceOwner.reason).order_by(InvoiceOwner.id)).all()  # fmt: skip
    assert [(r.salesperson_no, r.balance) for r in after] == [("S02", D(4200))]
    assert [(r.salesperson_no, r.balance) for r in before] == [("S01", D(3500)), ("S02", D(700))]
    assert (people["S01"], date(2026, 7, 1), "开票") in history
    assert (people["S02"], None, "离职交接：王销售") in history


def test_a_separation_completes_only_when_every_required_item_is_settled(leaving):
    database, separation, people = leaving
    with database.sessions.begin() as session:
        with pytest.raises(ValueError, match="必办事项"):
            separations.complete(session, ADMIN, separation, TODAY)
        rows = separations.items(session, ADMIN, separation)
        letters_item = next(r for r in rows if r.check == "letters")
        with pytest.raises(ValueError, match="对账函"):
            separations.complete_item(session, ADMIN, letters_item.id, TODAY)
    with database.sessions.begin() as session:
        letters.set_letterhead(session, ADMIN, Letterhead("甲公司", "", "", "", "工行", "1001"))
        made = letters.generate(session, ADMIN, TODAY, TODAY, salesperson_id=people["S01"])
        letters.mark_sent(session, ADMIN, made, TODAY, "快递", today=TODAY)
        customers = [c.id for c in separations.customers_of(session, ADMIN, people["S01"])]
        separations.hand_over(
            session, ADMIN, separation, customers, people["S02"], date(2026, 7, 1)
        )
        for row in separations.items(session, ADMIN, separation):
            if row.title.startswith("停缴"):
                separations.waive_item(
                    session, ADMIN, row.id, TODAY, "当月社保由新单位接续，已办减员"
                )
            else:
                separations.complete_item(session, ADMIN, row.id, TODAY)
        separations.complete(session, ADMIN, separation, TODAY)
        leaver = session.get(Employee, people["S01"])
        assert (leaver.status, leaver.leaving_date) == ("离职", date(2026, 7, 15))


def test_the_final_month_pays_the_days_worked_and_the_unused_leave(leaving):
    database, _separation, people = leaving
    with database.sessions.begin() as session:
        session.get(Employee, people["S01"]).status = "离职"
        session.get(Employee, people["S01"]).leaving_date = date(2026, 7, 15)
        payroll.run(session, ADMIN, date(2026, 7, 1))
        row = next(r for r in payroll.month_view(session, ADMIN, date(2026, 7, 1)).rows if r.employee_no == "S01")  # fmt: skip
    # July 2026: 11 paid days up to the 15th (1–3, 6–10, 13–15): 5,000 ÷ 21.75 × 11
    assert row.figures["基本工资"] == D("2528.74")
    # 6 years' service: 5 days a year; 196/365 × 5 = 2.68 → 2 days × 5,000 ÷ 21.75 × 2
    assert row.figures["未休年休假工资"] == D("919.54")
    assert row.figures["代通知金"] == D(5000)


def test_commission_after_a_handover_can_go_to_the_leaver_for_a_while(leaving):
    database, separation, people = leaving
    with database.sessions.begin() as session:
        c1 = session.scalar(select(Customer.id).where(Customer.code == "C1"))
        separations.hand_over(session, ADMIN, separation, [c1], people["S02"], date(2026, 7, 1))
        settings.put(session, ADMIN, "handover_commission", {"to": "leaver", "days": 30})
    assert load(database, "receipts", [["2026-07-10", "B2", "甲贸易有限公司", "1000", "", "", "F1"], ["2026-08-10", "B3", "甲贸易有限公司", "1000", "", "", "F2"]], today=date(2026, 8, 31)).ok  # fmt: skip
    with database.sessions() as session:
        july = commission.month_commissions(session, date(2026, 7, 1))
        august = commission.month_commissions(session, date(2026, 8, 1))
    assert july[people["S01"]].collected == D(1000)  # within 30 days of the handover
    assert august[people["S02"]].collected == D(1000)
    with database.sessions.begin() as session:
        settings.put(session, ADMIN, "handover_commission", {"to": "split", "days": 30})
        split = commission.month_commissions(session, date(2026, 8, 1))
    assert split[people["S01"]].collected == split[people["S02"]].collected == D(500)


def test_the_certificate_and_the_settlement_sheet(leaving, tmp_path):
    from pypdf import PdfReader

    database, separation, _people = leaving
    with database.sessions() as session:
        separations.write_certificate(session, ADMIN, separation, tmp_path / "c.pdf", TODAY)
        settlement.write_settlement(session, OWNER, separation, tmp_path / "s.pdf")
    certificate = PdfReader(tmp_path / "c.pdf").pages[0].extract_text().replace("\n", "")
    assert "王销售" in certificate and "2026年07月15日" in certificate and "6年6个月" in certificate
    sheet = PdfReader(tmp_path / "s.pdf").pages[0].extract_text()
    assert "经济补偿" in sheet and "代通知金" in sheet and "未休年休假工资" in sheet


def test_a_leaver_is_not_paid_after_the_last_day_while_the_separation_is_open(leaving):
    database, _separation, _people = leaving
    with database.sessions.begin() as session:
        payroll.run(session, ADMIN, date(2026, 8, 1))
        numbers = [r.employee_no for r in payroll.month_view(session, ADMIN, date(2026, 8, 1)).rows]
    assert "S01" not in numbers and "S02" in numbers


def test_hr_and_the_sales_manager_hand_over_but_each_signs_only_their_items(leaving):
    from tests.services.sales_team import MANAGER

    database, separation, people = leaving
    with database.sessions.begin() as session:
        c1 = session.scalar(select(Customer.id).where(Customer.code == "C1"))
        assert (
            separations.hand_over(
                session, MANAGER, separation, [c1], people["S02"], date(2026, 7, 1)
            )
            == 2
        )
        pay_item = next(
            r
            for r in separations.items(session, ADMIN, separation)
            if r.title.startswith("离职结算单")
        )
        with pytest.raises(ValueError, match="由人事办理"):
            separations.complete_item(session, MANAGER, pay_item.id, TODAY)


def test_the_letters_check_counts_customers_handed_over_since_the_notice(leaving):
    database, separation, people = leaving
    with database.sessions.begin() as session:
        customers = [c.id for c in separations.customers_of(session, ADMIN, people["S01"])]
        separations.hand_over(
            session, ADMIN, separation, customers, people["S02"], date(2026, 7, 1)
        )
        rows = {r.check: r for r in separations.items(session, ADMIN, separation) if r.check}
        assert rows["reassigned"].satisfied and not rows["letters"].satisfied


def test_split_commission_after_a_handover_stays_in_whole_fen(leaving):
    database, separation, people = leaving
    with database.sessions.begin() as session:
        c1 = session.scalar(select(Customer.id).where(Customer.code == "C1"))
        separations.hand_over(session, ADMIN, separation, [c1], people["S02"], date(2026, 7, 1))
        settings.put(session, ADMIN, "handover_commission", {"to": "split", "days": 30})
    assert load(
        database,
        "receipts",
        [["2026-07-10", "B2", "甲贸易有限公司", "100.01", "", "", "F1"]],
        today=date(2026, 7, 31),
    ).ok
    with database.sessions() as session:
        july = commission.month_commissions(session, date(2026, 7, 1))
    assert (july[people["S01"]].collected, july[people["S02"]].collected) == (
        D("50.01"),
        D("50.00"),
    )


def test_a_withdrawn_resignation_is_cancelled_and_pays_nothing_extra(leaving):
    database, separation, _people = leaving
    with database.sessions.begin() as session:
        separations.cancel(session, ADMIN, separation, "员工撤回辞职")
        payroll.run(session, ADMIN, date(2026, 7, 1))
        row = next(
            r
            for r in payroll.month_view(session, ADMIN, date(2026, 7, 1)).rows
            if r.employee_no == "S01"
        )
    assert row.figures["基本工资"] == D(5000) and "代通知金" not in row.figures


def test_the_average_wage_counts_the_approved_months_bonus_included(leaving):
    from hrdesk.storage.models import Employee as Person

    database, _separation, people = leaving
    with database.sessions.begin() as session:
        payroll.save_inputs(
            session, ADMIN, date(2026, 5, 1), people["S01"], {"annual_bonus": D(12000)}
        )
        for month in (date(2026, 5, 1), date(2026, 6, 1)):
            payroll.run(session, ADMIN, month)
            payroll.approve(session, OWNER, month)
        person = session.get(Person, people["S01"])
        gross = {
            month: payroll.month_view(session, ADMIN, month)
            for month in (date(2026, 5, 1), date(2026, 6, 1))
        }
        expected = sum(
            next(r.figures["应发工资"] for r in view.rows if r.employee_no == "S01")
            for view in gross.values()
        )
        assert (
            separations.average_wage(session, person, date(2026, 7, 15)) == (expected + 12000) / 2
        )


def test_after_the_handover_the_report_still_shows_what_the_leaver_owned(leaving):
    database, separation, people = leaving
    with database.sessions.begin() as session:
        customers = [c.id for c in separations.customers_of(session, ADMIN, people["S01"])]
        separations.hand_over(
            session, ADMIN, separation, customers, people["S02"], date(2026, 7, 1)
        )
        day = separations.report_day(session, "S01", date(2026, 7, 20))
        assert day == date(2026, 6, 30)
        assert [row[2] for row in separations.report(session, ADMIN, "S01", day).rows] == [
            "F1",
            "F2",
            "F3",
        ]
