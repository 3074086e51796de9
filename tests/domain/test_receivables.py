"""Receivables rules: buckets, allocation, limitation, commission coefficients, receipt keys."""

from datetime import date
from decimal import Decimal

import pytest

from hrdesk.domain.receivables import (
    DEFAULT_BUCKET_BOUNDS,
    DEFAULT_COEFFICIENTS,
    CoefficientStep,
    bucket_index,
    bucket_labels,
    check_bounds,
    check_coefficients,
    coefficient,
    commission,
    days_sales_outstanding,
    held,
    limitation_end,
    line_fingerprint,
    normalise_name,
    oldest_first,
    receipt_key,
)

D = Decimal


def test_default_bucket_labels_are_the_export_headers():
    assert bucket_labels(DEFAULT_BUCKET_BOUNDS) == [
        "未到期",
        "1-30天",
        "31-60天",
        "61-90天",
        "91-180天",
        "181-365天",
        "365天以上",
    ]


@pytest.mark.parametrize(
    ("days", "label"),
    [(-5, "未到期"), (0, "未到期"), (1, "1-30天"), (30, "1-30天"), (31, "31-60天"),
     (90, "61-90天"), (91, "91-180天"), (365, "181-365天"), (366, "365天以上")],
)  # fmt: skip
def test_bucket_boundaries(days, label):
    labels = bucket_labels(DEFAULT_BUCKET_BOUNDS)
    assert labels[bucket_index(days, DEFAULT_BUCKET_BOUNDS)] == label


def test_edited_buckets_must_rise():
    assert check_bounds([15, 45]) == (15, 45)
    for bad in ([], [0, 30], [30, 30], [60, 30]):
        with pytest.raises(ValueError, match="账龄区间"):
            check_bounds(bad)


def test_a_receipt_pays_the_named_invoice_first_then_oldest_due():
    open_invoices = [(1, date(2026, 3, 1), D(100)), (2, date(2026, 1, 1), D(50)), (3, date(2026, 2, 1), D(70))]  # fmt: skip
    assert oldest_first(D(120), open_invoices) == ([(2, D(50)), (3, D(70))], D(0))
    assert oldest_first(D(120), open_invoices, named=1) == ([(1, D(100)), (2, D(20))], D(0))


def test_partial_payment_and_overpayment_credit():
    open_invoices = [(1, date(2026, 1, 1), D("100.50"))]
    assert oldest_first(D(40), open_invoices) == ([(1, D(40))], D(0))
    assert oldest_first(D(130), open_invoices) == ([(1, D("100.50"))], D("29.50"))
    assert oldest_first(D(10), []) == ([], D(10))


def test_limitation_runs_three_years_from_due_and_restarts_on_acknowledgement():
    # domain-cn.md §8's example
    assert limitation_end(date(2023, 3, 31), None) == date(2026, 3, 31)
    assert limitation_end(date(2023, 3, 31), date(2025, 6, 30)) == date(2028, 6, 30)
    # an event before the due date restarts nothing
    assert limitation_end(date(2023, 3, 31), date(2023, 1, 5)) == date(2026, 3, 31)
    assert limitation_end(date(2024, 2, 29), None) == date(2027, 2, 28)


@pytest.mark.parametrize(
    ("days_late", "factor"),
    [(-3, "1.0"), (0, "1.0"), (1, "0.8"), (90, "0.8"), (91, "0.5"), (180, "0.5"), (181, "0")],
)
def test_commission_coefficient_boundaries(days_late, factor):
    assert coefficient(days_late, DEFAULT_COEFFICIENTS) == D(factor)


def test_commission_rounds_to_the_fen_half_up():
    assert commission(D("1234.57"), D("0.03"), D("0.8")) == D("29.63")  # 29.62968
    assert commission(D("0.125"), D(1), D(1)) == D("0.13")


def test_commission_is_held_under_half_the_target():
    assert held(D(4999), D(10000), D("0.5"))
    assert not held(D(5000), D(10000), D("0.5"))
    assert not held(D(0), None, D("0.5"))


def test_coefficient_table_is_checked():
    with pytest.raises(ValueError, match="以上"):
        check_coefficients([CoefficientStep(0, D(1))])
    with pytest.raises(ValueError, match="递增"):
        check_coefficients([CoefficientStep(90, D(1)), CoefficientStep(30, D(1)), CoefficientStep(None, D(0))])  # fmt: skip
    with pytest.raises(ValueError, match="0到1"):
        check_coefficients([CoefficientStep(0, D("1.2")), CoefficientStep(None, D(0))])


def test_payer_names_are_normalised():
    assert normalise_name(" 上海 星辰（集团）有限公司 ") == normalise_name("上海星辰(集团)有限公司")
    assert normalise_name("ＡＢＣ贸易") == normalise_name("abc贸易")


def test_receipt_key_is_the_transaction_number_else_a_counted_fingerprint():
    day = date(2026, 5, 6)
    line = line_fingerprint(day, D(10), "甲公司", "货款", D(500))
    assert receipt_key("A001", line, 1) == "A001"
    assert receipt_key("", line, 1) != receipt_key("", line, 2)
    assert receipt_key("", line, 1).endswith("#1")
    assert line_fingerprint(day, D(10), "甲 公司", "货款", D(500)) == line
    assert line_fingerprint(day, D(11), "甲公司", "货款", D(500)) != line
    assert line_fingerprint(day, D(10), "甲公司", "货款", D(490)) != line


def test_days_sales_outstanding():
    assert days_sales_outstanding(D(30000), D(90000), 90) == D("30.0")
    assert days_sales_outstanding(D(100), D(0), 90) is None


def test_the_default_coefficient_table_in_words():
    from hrdesk.domain.receivables import describe_coefficients

    assert describe_coefficients(DEFAULT_COEFFICIENTS) == (
        "按时 ×1.0；逾期1-90天 ×0.8；逾期91-180天 ×0.5；逾期180天以上 ×0"
    )
