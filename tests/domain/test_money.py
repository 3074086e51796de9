from decimal import Decimal

import pytest

from hrdesk.domain.amount_words import amount_in_words
from hrdesk.domain.money import format_money, format_yuan, from_fen, round_fen, to_fen


def test_fen_round_trip_is_exact():
    for text in ("0.00", "0.01", "0.10", "1234.56", "-88.80", "99999999999.99"):
        assert from_fen(to_fen(Decimal(text))) == Decimal(text)
    assert to_fen(Decimal("0.1") + Decimal("0.2")) == 30


def test_storage_refuses_amounts_finer_than_a_fen():
    with pytest.raises(ValueError, match="精度超过分"):
        to_fen(Decimal("1.005"))


def test_display_rounding_is_half_up():
    assert round_fen(Decimal("0.005")) == Decimal("0.01")
    assert round_fen(Decimal("2.675")) == Decimal("2.68")
    assert round_fen(Decimal("-2.675")) == Decimal("-2.68")
    assert round_fen(Decimal("2.674999")) == Decimal("2.67")


@pytest.mark.parametrize(
    ("amount", "words"),
    [
        ("12345.67", "壹万贰仟叁佰肆拾伍元陆角柒分"),
        ("100", "壹佰元整"),
        ("10005.05", "壹万零伍元零伍分"),
        ("100000", "壹拾万元整"),
        ("0.07", "柒分"),
        ("0", "零元整"),
        ("1000000.00", "壹佰万元整"),
        ("3390.10", "叁仟叁佰玖拾元壹角"),
        ("12345.675", "壹万贰仟叁佰肆拾伍元陆角捌分"),
    ],
)
def test_amount_in_words(amount, words):
    assert amount_in_words(Decimal(amount)) == words


@pytest.mark.parametrize(
    ("amount", "shown"),
    [
        ("68500", "68,500.00"),
        ("1133711.265", "1,133,711.27"),  # HALF_UP at the fen
        ("0.005", "0.01"),
        ("2.675", "2.68"),  # a float would give 2.67
        ("-68500.5", "-68,500.50"),
        ("-0.005", "-0.01"),  # half away from zero, as a payslip rounds
        ("0", "0.00"),
        ("999.999", "1,000.00"),
        ("123456789012.34", "123,456,789,012.34"),
    ],
)
def test_one_money_format(amount, shown):
    assert format_money(Decimal(amount)) == shown
    assert format_yuan(Decimal(amount)) == f"{shown} 元"
