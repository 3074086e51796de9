"""A 对账函 shown to have arrived is a demand: it restarts the limitation period from the day
it arrived, reply or not, and a 不符 reply proves it arrived (domain-cn.md §8,
诉讼时效规定 第8条)."""

from datetime import date
from decimal import Decimal

import pytest

from hrdesk.services import letters, receivables, separations
from tests.services.sales_team import FINANCE, customer_id
from tests.services.test_letters import generate, owed  # noqa: F401 — the fixture

D = Decimal
TODAY = date(2026, 8, 1)


def _watch(database):
    with database.sessions() as session:
        c1 = customer_id(database, "C1")
        return next(r for r in receivables.limitation_rows(session, TODAY) if r.customer_id == c1)


def test_a_letter_delivered_but_unanswered_restarts_the_limitation_period(owed):  # noqa: F811
    [letter_id, _other] = generate(owed)
    # C1's oldest open invoice fell due 2026-02-09; its last payment came on 2026-04-01
    assert _watch(owed).ends_on == date(2029, 4, 1)
    with owed.sessions.begin() as session:
        letters.mark_sent(
            session, FINANCE, [letter_id], date(2026, 7, 3), "快递", "SF1234567890", today=TODAY
        )
    assert _watch(owed).ends_on == date(2029, 4, 1)  # sent is not yet arrived
    with owed.sessions.begin() as session:
        letters.record_delivery(
            session, FINANCE, letter_id, date(2026, 7, 6), "快递查询已签收", TODAY, "顺丰签收截图"
        )
    watch = _watch(owed)
    assert (watch.last_acknowledgement, watch.acknowledged_by) == (date(2026, 7, 6), "对账函送达")
    assert watch.ends_on == date(2029, 7, 6)
    with owed.sessions() as session:
        [row] = [r for r in letters.letter_rows(session, FINANCE, TODAY) if r.id == letter_id]
        assert (row.delivered_on, row.delivery_proof) == (date(2026, 7, 6), "快递查询已签收")
        report = separations.report(session, FINANCE, "S01", TODAY)
    c1_rows = [r for r in report.rows if r[0] == "C1"]
    assert all(r[9] == "2026-07-06 对账函送达" for r in c1_rows)
    assert all("2026-07-06送达（快递查询已签收）" in r[10] for r in c1_rows)
    assert all(r[12] == date(2029, 7, 6) for r in c1_rows)


def test_delivery_entered_again_replaces_the_first_and_a_delivered_letter_stays(owed):  # noqa: F811
    [letter_id, _other] = generate(owed)
    with owed.sessions.begin() as session:
        letters.mark_sent(session, FINANCE, [letter_id], date(2026, 7, 3), "电子邮件", today=TODAY)
        letters.record_delivery(
            session, FINANCE, letter_id, date(2026, 7, 3), "电子邮件已送达", TODAY
        )
        letters.record_delivery(session, FINANCE, letter_id, date(2026, 7, 4), "签收回执", TODAY)
    assert _watch(owed).last_acknowledgement == date(2026, 7, 4)
    with owed.sessions.begin() as session, pytest.raises(ValueError, match="不能作废"):
        letters.void(session, FINANCE, letter_id, "退回")


def test_a_delivery_needs_its_proof_a_sending_and_a_date_not_in_the_future(owed):  # noqa: F811
    [letter_id, _other] = generate(owed)
    with owed.sessions.begin() as session, pytest.raises(ValueError, match="只有已寄出"):
        letters.record_delivery(session, FINANCE, letter_id, date(2026, 7, 6), "签收回执", TODAY)
    with owed.sessions.begin() as session:
        letters.mark_sent(session, FINANCE, [letter_id], date(2026, 7, 3), "快递", today=TODAY)
    for day, proof, message in (
        (date(2026, 7, 6), "客户说收到了", "送达凭证只能是"),
        (date(2026, 7, 2), "签收回执", "不能早于寄出日期"),
        (date(2026, 8, 2), "签收回执", "不能晚于今天"),
    ):
        with owed.sessions.begin() as session, pytest.raises(ValueError, match=message):
            letters.record_delivery(session, FINANCE, letter_id, day, proof, TODAY)
    assert _watch(owed).last_acknowledgement == date(2026, 4, 1)


def test_a_disputed_reply_proves_arrival_and_counts_from_the_sending(owed):  # noqa: F811
    [letter_id, _other] = generate(owed)
    with owed.sessions.begin() as session:
        letters.mark_sent(session, FINANCE, [letter_id], date(2026, 7, 3), "挂号信", today=TODAY)
        letters.record_reply(
            session,
            FINANCE,
            letter_id,
            date(2026, 7, 20),
            False,
            stated_balance=D("3100.50"),
            today=TODAY,
        )
    watch = _watch(owed)
    # arrival is no later than the reply; the watch counts from the sending, never too late
    assert (watch.last_acknowledgement, watch.acknowledged_by) == (date(2026, 7, 3), "对账函送达")
    with owed.sessions.begin() as session:
        letters.correct_reply(session, FINANCE, letter_id, "回函登记错了客户")
    assert _watch(owed).last_acknowledgement == date(2026, 4, 1)


def test_a_disputed_reply_keeps_a_delivery_already_recorded(owed):  # noqa: F811
    [letter_id, _other] = generate(owed)
    with owed.sessions.begin() as session:
        letters.mark_sent(session, FINANCE, [letter_id], date(2026, 7, 3), "快递", today=TODAY)
        letters.record_delivery(session, FINANCE, letter_id, date(2026, 7, 5), "签收回执", TODAY)
        letters.record_reply(
            session,
            FINANCE,
            letter_id,
            date(2026, 7, 20),
            False,
            stated_balance=D("3100.50"),
            today=TODAY,
        )
        letters.correct_reply(session, FINANCE, letter_id, "重新登记")
    assert _watch(owed).last_acknowledgement == date(2026, 7, 5)
