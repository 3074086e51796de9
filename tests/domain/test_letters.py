"""对账函 delivery as a demand (domain-cn.md §8, 诉讼时效规定 第8条)."""

from datetime import date

import pytest

from hrdesk.domain.letters import arrival_by_reply, check_delivery, pay_by_date
from hrdesk.domain.receivables import limitation_end

SENT, TODAY = date(2025, 6, 20), date(2025, 7, 31)


def test_a_delivered_letter_restarts_the_period_from_its_arrival():
    # domain-cn.md §8: due 2023-03-31, nothing on file → ends 2026-03-31; a letter signed for
    # on 2025-06-30 (no reply) → ends 2028-06-30, as a signed confirmation that day would
    check_delivery("签收回执", date(2025, 6, 30), SENT, TODAY)
    assert limitation_end(date(2023, 3, 31), date(2025, 6, 30)) == date(2028, 6, 30)


def test_a_disputed_reply_counts_from_the_delivery_else_from_the_sending():
    assert arrival_by_reply(SENT, date(2025, 6, 23), date(2025, 7, 10)) == date(2025, 6, 23)
    assert arrival_by_reply(SENT, None, date(2025, 7, 10)) == SENT  # never later than it was
    assert arrival_by_reply(None, None, date(2025, 7, 10)) == date(2025, 7, 10)


@pytest.mark.parametrize(
    ("proof", "day", "sent", "message"),
    [
        ("客户口头说收到", date(2025, 6, 25), SENT, "送达凭证只能是"),
        ("签收回执", date(2025, 6, 25), None, "请先登记寄出"),
        ("签收回执", date(2025, 6, 19), SENT, "不能早于寄出日期"),
        ("电子邮件已送达", date(2025, 8, 1), SENT, "不能晚于今天"),
    ],
)
def test_a_delivery_needs_proof_a_sending_and_a_possible_date(proof, day, sent, message):
    with pytest.raises(ValueError, match=message):
        check_delivery(proof, day, sent, TODAY)


def test_the_pay_by_date_waits_for_the_latest_invoice_due():
    as_of, made = date(2026, 6, 30), date(2026, 7, 2)
    # every invoice due already: the set days after the letter is made
    assert pay_by_date(as_of, made, 15, [date(2026, 2, 9), date(2026, 7, 1)]) == date(2026, 7, 17)
    # one not due until September: not asked for before then
    assert pay_by_date(as_of, made, 15, [date(2026, 2, 9), date(2026, 9, 18)]) == date(2026, 9, 18)
    # made before its as-of date: the days count from the as-of date
    assert pay_by_date(date(2026, 7, 10), made, 15, []) == date(2026, 7, 25)
