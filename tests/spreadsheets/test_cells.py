"""Cells as real exports write them."""

from datetime import date, datetime
from decimal import Decimal

import pytest

from hrdesk.spreadsheets.cells import (
    CellError,
    parse_amount,
    parse_bool,
    parse_date,
    parse_rate,
    text,
)


@pytest.mark.parametrize(
    "value",
    [
        "2026-01-05",
        "2026/1/5",
        "2026年1月5日",
        "20260105",
        "２０２６-０１-０５",
        " 2026.1.5 ",
        46027,
        46027.0,
        "46027",
        datetime(2026, 1, 5, 9, 30),
        date(2026, 1, 5),
        "2026-01-05 00:00:00",
    ],
)
def test_dates_in_every_spelling(value):
    assert parse_date(value) == date(2026, 1, 5)


@pytest.mark.parametrize(
    "value", ["2026-02-30", "2026年13月1日", "明天", "2026-1", "2026", "１９９９", "202611"]
)
def test_impossible_or_unreadable_dates(value):
    with pytest.raises(CellError):
        parse_date(value)


@pytest.mark.parametrize(
    ("value", "amount"),
    [
        ("1,234.50", "1234.50"),
        ("¥1234.5", "1234.5"),
        ("１２３４.５", "1234.5"),
        ("(1,234.50)", "-1234.50"),
        ("￥8,000元", "8000"),
        (1234.5, "1234.50"),
        (0.1 + 0.2, "0.30"),
        (5000, "5000"),
        (" 88 ", "88"),
        ("(-5000)", "-5000"),  # issue 19: was +5000
        ("(5,000)", "-5000"),
        ("−200", "-200"),  # the minus sign U+2212 of a copied report
        (".5", "0.5"),
    ],
)
def test_amounts(value, amount):
    assert parse_amount(value) == Decimal(amount)


@pytest.mark.parametrize(
    "value", ["一千", "12.345", 12.345, "1.2.3", "NaN", "1e4", "1E4", "2e-2", "Infinity", "((5))"]
)
def test_bad_amounts(value):
    with pytest.raises(CellError):
        parse_amount(value)


def test_rates_and_booleans():
    assert parse_rate("8%") == Decimal("0.08")
    assert parse_rate("0.08") == Decimal("0.08")
    assert parse_rate(0.07) == Decimal("0.07")
    assert parse_rate("０.５％") == Decimal("0.005")
    with pytest.raises(CellError, match="0%至100%"):
        parse_rate("8")
    assert parse_bool("是") and parse_bool("Y") and not parse_bool("否")
    with pytest.raises(CellError):
        parse_bool("也许")


def test_numbers_typed_as_numbers_keep_no_decimal_point():
    assert text(13812345678.0) == "13812345678"
    assert text("ＡＢＣ１２３　") == "ABC123"


def test_text_keeps_chinese_punctuation_but_folds_full_width_codes():
    assert text("华东恒达贸易有限公司（演示） ") == "华东恒达贸易有限公司（演示）"
    assert text("Ｅ００１") == "E001"
    assert text("１１０１０５１９４９１２３１００２Ｘ") == "11010519491231002X"
    assert parse_date("２０２６年１月５日") == date(2026, 1, 5)


def test_a_year_alone_says_it_is_a_year():
    with pytest.raises(CellError, match="只有年份"):
        parse_date("2026")
