"""对账函: the letter's content, its numbers, its life to the signed reply."""

from datetime import date
from decimal import Decimal

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from hrdesk.documents.letters import Letterhead
from hrdesk.domain.amount_words import amount_in_words
from hrdesk.domain.letters import NO_REPLY
from hrdesk.services import letters, receivables
from hrdesk.storage.models import Customer, Letter
from tests.services.sales_team import ADMIN, FINANCE, MANAGER, customer_id, load

D = Decimal
AS_OF = date(2026, 6, 30)
TODAY = date(2026, 7, 2)
ENTERED = date(2026, 7, 31)  # the day the clerk records what became of a letter
HEAD = Letterhead(
    "华东恒达贸易有限公司",
    "上海市人民路1号",
    "021-12345678",
    "李会计",
    "工商银行上海分行",
    "1001 2345 6789 0123",
)


@pytest.fixture
def owed(sales):
    """C1 owes three invoices and has paid 300 more than it was applied; C3 owes one; C2 nothing."""
    assert load(
        sales,
        "invoices",
        [
            ["F1", "C1", "", "2026-01-10", "2026-02-09", "1000", ""],
            ["F2", "C1", "", "2026-03-01", "2026-03-31", "2500.50", ""],
            ["F3", "C1", "", "2026-06-01", "2026-07-01", "800", ""],
            ["G1", "C3", "", "2026-05-01", "2026-05-31", "100100.10", ""],
        ],
    ).ok
    assert load(sales, "receipts", [["2026-04-01", "B1", "甲贸易有限公司", "400", "", "", "F1"]]).ok
    with sales.sessions.begin() as session:
        letters.set_letterhead(session, ADMIN, HEAD)
    return sales


def generate(database, **choice):
    with database.sessions.begin() as session:
        return letters.generate(session, FINANCE, AS_OF, TODAY, **choice)


def test_letter_pdf_lists_every_open_invoice_and_the_balance_in_figures_and_words(owed, tmp_path):
    with owed.sessions() as session:
        c1 = session.scalar(select(Customer.id).where(Customer.code == "C1"))
    [letter_id] = generate(owed, customer_ids=[c1])
    with owed.sessions() as session:
        [path] = letters.write_pdfs(session, FINANCE, [letter_id], tmp_path)
        letter = session.get(Letter, letter_id)
    assert path.name == "对账函_C1_2026-06-30.pdf"
    assert letter.balance == D("3900.50")  # 600 + 2,500.50 + 800
    # a wrapped line may split the words: read the text as one line
    text = "".join(page.extract_text() for page in PdfReader(path).pages).replace("\n", "")
    for number in ("F1", "F2", "F3"):
        assert number in text
    assert "3,900.50" in text and amount_in_words(D("3900.50")) in text
    assert "华东恒达贸易有限公司" in text and "1001 2345 6789 0123" in text
    assert "回" in text and "信息证明无误" in text and "信息不符" in text
    assert letter.number in text


def test_a_long_statement_runs_over_pages_and_keeps_every_line(sales, tmp_path):
    rows = [[f"L{n:03d}", "C1", "", "2026-01-10", "2026-02-09", "10", ""] for n in range(90)]
    assert load(sales, "invoices", rows).ok
    with sales.sessions.begin() as session:
        letters.set_letterhead(session, ADMIN, HEAD)
    [letter_id] = generate(sales)
    with sales.sessions() as session:
        [path] = letters.write_pdfs(session, FINANCE, [letter_id], tmp_path)
    pages = PdfReader(path).pages
    assert len(pages) >= 3
    text = "".join(page.extract_text() for page in pages)
    assert all(f"L{n:03d}" in text for n in range(90))
    assert "信息证明无误" in pages[-1].extract_text() and "900.00" in text


def test_numbers_are_never_reused_across_batches(owed):
    first = generate(owed)
    with owed.sessions.begin() as session:
        second = letters.generate(session, FINANCE, date(2026, 7, 1), TODAY)
    with owed.sessions() as session:
        numbers = [session.get(Letter, i).number for i in first + second]
    assert numbers == [f"DZ-2026-{n:04d}" for n in range(1, 5)]  # C1 and C3 twice; C2 owes nothing


def test_a_second_batch_for_the_same_date_skips_letters_already_made(owed):
    assert len(generate(owed)) == 2
    assert generate(owed) == []


def test_zero_balance_customers_get_no_letter_and_one_salesperson_can_be_chosen(owed):
    with owed.sessions() as session:
        s02 = session.scalar(select(Customer.salesperson_id).where(Customer.code == "C3"))
    made = generate(owed, salesperson_id=s02)
    with owed.sessions() as session:
        assert [session.get(Letter, i).balance for i in made] == [D("100100.10")]


def test_a_confirmed_reply_restarts_the_limitation_period(owed):
    [letter_id, _other] = generate(owed)
    with owed.sessions.begin() as session, pytest.raises(ValueError, match="不能从"):
        letters.record_reply(session, FINANCE, letter_id, date(2026, 7, 20), True, today=ENTERED)
    with owed.sessions.begin() as session:
        letters.mark_sent(
            session, FINANCE, [letter_id], date(2026, 7, 3), "快递", "SF1234567890", today=ENTERED
        )
        letters.record_reply(
            session,
            FINANCE,
            letter_id,
            date(2026, 7, 20),
            True,
            scan=("回函.pdf", b"%PDF-1.4 scan"),
            today=ENTERED,
        )
    with owed.sessions() as session:
        c1 = customer_id(owed, "C1")
        row = next(
            r for r in receivables.limitation_rows(session, date(2026, 8, 1)) if r.customer_id == c1
        )
        assert (row.last_acknowledgement, row.acknowledged_by) == (date(2026, 7, 20), "对账函确认")
        assert row.ends_on == date(2029, 7, 20)
        assert letters.reply_scan(session, FINANCE, letter_id) == ("回函.pdf", b"%PDF-1.4 scan")


def test_a_disputed_reply_keeps_the_difference_until_resolved(owed):
    [letter_id, _other] = generate(owed)
    with owed.sessions.begin() as session:
        letters.mark_sent(session, MANAGER, [letter_id], date(2026, 7, 3), "挂号信", today=ENTERED)
        with pytest.raises(ValueError, match="客户确认的余额"):
            letters.record_reply(
                session, MANAGER, letter_id, date(2026, 7, 10), False, today=ENTERED
            )
        letters.record_reply(
            session,
            MANAGER,
            letter_id,
            date(2026, 7, 10),
            False,
            stated_balance=D("3100.50"),
            note="F3 未收到货",
            today=ENTERED,
        )
        [row] = [r for r in letters.letter_rows(session, MANAGER, TODAY) if r.id == letter_id]
        assert (row.status, row.difference, row.dispute_open) == ("已回函·不符", D(800), True)
        assert [i.title for i in letters.letters_waiting(session, TODAY)] == [
            "对账差异待处理：1 封"
        ]
        letters.close_dispute(
            session, MANAGER, letter_id, date(2026, 7, 15), "F3 红字冲减800元", today=ENTERED
        )
        assert letters.letters_waiting(session, TODAY) == []


def test_an_unanswered_letter_shows_as_such_after_the_set_days(owed):
    [letter_id, _other] = generate(owed)
    with owed.sessions.begin() as session:
        letters.mark_sent(session, FINANCE, [letter_id], date(2026, 7, 3), "快递", today=ENTERED)
        assert [
            r.status
            for r in letters.letter_rows(session, FINANCE, date(2026, 8, 2))
            if r.id == letter_id
        ] == ["已寄出"]
        late = letters.letter_rows(session, FINANCE, date(2026, 8, 3), status=NO_REPLY)
        assert [r.id for r in late] == [letter_id]
        assert letters.letters_waiting(session, date(2026, 8, 3))[0].title == "对账函未回函：1 封"


def test_a_voided_letter_keeps_its_number_and_prints_marked(owed, tmp_path):
    [first, second] = generate(owed)
    with owed.sessions.begin() as session:
        letters.void(session, FINANCE, first, "金额有误，重新生成")
        letters.mark_sent(session, FINANCE, [second], date(2026, 7, 1), "快递", today=ENTERED)
        letters.void(session, FINANCE, second, "快递退回，地址不详")  # sent but undelivered
        [path] = letters.write_pdfs(session, FINANCE, [first], tmp_path)
    assert "作 废" in PdfReader(path).pages[0].extract_text()
    [again, _] = generate(owed)
    with owed.sessions() as session:
        assert session.get(Letter, again).number == "DZ-2026-0003"


def test_letters_need_a_letterhead(sales):
    assert load(sales, "invoices", [["F1", "C1", "", "2026-01-10", "", "10", ""]]).ok
    with pytest.raises(ValueError, match="公司名称"), sales.sessions.begin() as session:
        letters.generate(session, FINANCE, AS_OF, TODAY)


@pytest.mark.parametrize(
    ("amount", "words"),
    [
        ("0.05", "伍分"),
        ("10000.00", "壹万元整"),
        ("100100.10", "壹拾万零壹佰元壹角"),
        ("1000000000.00", "壹拾亿元整"),
    ],
)
def test_amounts_in_words(amount, words):
    assert amount_in_words(D(amount)) == words


def test_a_reply_entered_wrongly_is_taken_back_with_its_acknowledgement(owed):
    [letter_id, _other] = generate(owed)
    c1 = customer_id(owed, "C1")
    with owed.sessions.begin() as session:
        letters.mark_sent(session, MANAGER, [letter_id], date(2026, 7, 1), "快递", today=ENTERED)
        # the sales manager, who chases replies, may record a confirmed one
        letters.record_reply(session, MANAGER, letter_id, date(2026, 7, 2), True, today=ENTERED)
        assert _last_event(session, c1) == (date(2026, 7, 2), "对账函确认")
        with pytest.raises(ValueError, match="原因"):
            letters.correct_reply(session, MANAGER, letter_id, "")
        letters.correct_reply(session, MANAGER, letter_id, "客户勾的是不符，录错了")
        assert _last_event(session, c1) != (date(2026, 7, 2), "对账函确认")
        letters.record_reply(
            session, MANAGER, letter_id, date(2026, 7, 2), False, stated_balance=D(0), today=ENTERED
        )
        [row] = [r for r in letters.letter_rows(session, MANAGER, TODAY) if r.id == letter_id]
        assert row.status == "已回函·不符"


def _last_event(session, customer):
    row = next(
        (
            r
            for r in receivables.limitation_rows(session, date(2026, 8, 1))
            if r.customer_id == customer
        ),
        None,
    )
    return (row.last_acknowledgement, row.acknowledged_by) if row else None


def test_dates_after_today_are_refused(owed):
    [letter_id, _other] = generate(owed)
    with owed.sessions.begin() as session, pytest.raises(ValueError, match="晚于今天"):
        letters.mark_sent(session, FINANCE, [letter_id], date(2026, 8, 1), "快递", today=ENTERED)


def test_a_late_letter_asks_for_payment_from_the_day_it_is_made(owed):
    with owed.sessions.begin() as session:
        [letter_id, _] = letters.generate(session, FINANCE, AS_OF, date(2026, 9, 1))
        letter = session.get(Letter, letter_id)
        assert letter.pay_by == date(2026, 9, 16)
        assert letters.letter_data(session, letter).dated == date(2026, 9, 1)


def test_a_customer_code_that_climbs_out_writes_its_letter_inside_the_folder(owed, tmp_path):
    """Issue 19: a code like ../../../ESCAPED stays a file name in the chosen folder."""
    with owed.sessions.begin() as session:
        customer = session.scalar(select(Customer).where(Customer.code == "C1"))
        customer.code = "../../../ESCAPED"
        c1 = customer.id
    [letter_id] = generate(owed, customer_ids=[c1])
    folder = tmp_path / "x" / "y" / "z"
    folder.mkdir(parents=True)
    with owed.sessions() as session:
        [path] = letters.write_pdfs(session, FINANCE, [letter_id], folder)
    assert path.parent == folder and path.exists() and ".." not in path.name
    assert [p for p in tmp_path.rglob("*ESCAPED*")] == [path]


def test_the_pay_by_date_is_never_before_a_listed_invoice_is_due(owed):
    """Issue 18: an invoice not yet due on the letter is not asked for before its due date."""
    assert load(owed, "invoices", [["F9", "C1", "", "2026-06-20", "2026-09-18", "50", ""]]).ok
    c1 = customer_id(owed, "C1")
    [letter_id] = generate(owed, customer_ids=[c1])
    with owed.sessions() as session:
        letter = session.get(Letter, letter_id)
        assert letter.pay_by == date(2026, 9, 18)  # not 2026-07-17 (made 07-02 + 15 days)
        assert letters.letter_data(session, letter).pay_by == date(2026, 9, 18)
    # with every listed invoice due already, the usual days after the letter is made
    [other] = generate(owed, customer_ids=[customer_id(owed, "C3")])
    with owed.sessions() as session:
        assert session.get(Letter, other).pay_by == date(2026, 7, 17)


def test_a_second_batch_says_which_customers_already_have_a_letter(owed):
    made = generate(owed)
    with owed.sessions() as session:
        found = letters.letters_already_made(session, AS_OF)
        numbers = [session.get(Letter, i).number for i in made]
        assert found == [
            ("C1", "甲贸易有限公司", numbers[0]),
            ("C3", "丙商行", numbers[1]),
        ]
        assert letters.letters_already_made(session, date(2026, 7, 1)) == []
        only_c3 = letters.letters_already_made(
            session, AS_OF, customer_ids=[customer_id(owed, "C3")]
        )
        assert only_c3 == [("C3", "丙商行", numbers[1])]
        assert letters.describe_already_made(only_c3) == f"C3 丙商行（{numbers[1]}）"


def test_a_letter_reissued_gets_a_new_number_and_the_old_one_is_voided(owed, tmp_path):
    [first, _] = generate(owed)
    with owed.sessions.begin() as session:
        new_id = letters.reissue(session, FINANCE, first, date(2026, 7, 1), TODAY)
    with owed.sessions() as session:
        old, new = session.get(Letter, first), session.get(Letter, new_id)
        assert old.status == "已作废" and old.number == "DZ-2026-0001"
        assert new.number == "DZ-2026-0003" and new.as_of == date(2026, 7, 1)
        assert new.customer_id == old.customer_id and new.status == "已生成"
        # a reprint is the same letter: same number, same content
        [path] = letters.write_pdfs(session, FINANCE, [new_id], tmp_path)
    text = "".join(p.extract_text() for p in PdfReader(path).pages)
    assert "DZ-2026-0003" in text


def test_a_reissue_of_a_delivered_letter_keeps_it_and_the_same_date_is_refused(owed):
    [first, _] = generate(owed)
    with owed.sessions.begin() as session:
        letters.mark_sent(session, FINANCE, [first], date(2026, 7, 1), "快递", "SF1", today=ENTERED)
        letters.record_delivery(session, FINANCE, first, date(2026, 7, 2), "快递查询已签收", TODAY)
    with owed.sessions.begin() as session, pytest.raises(ValueError, match="DZ-2026-0001"):
        letters.reissue(session, FINANCE, first, AS_OF, TODAY)  # its own date: still standing
    with owed.sessions.begin() as session:
        new_id = letters.reissue(session, FINANCE, first, date(2026, 7, 2), TODAY)
    with owed.sessions() as session:
        assert session.get(Letter, first).status == "已寄出"  # delivered: kept, superseded
        assert session.get(Letter, new_id).number == "DZ-2026-0003"
