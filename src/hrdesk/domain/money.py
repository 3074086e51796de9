"""Money (金额): Decimal amounts, exact fen and display rounding."""

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from hrdesk.messages import _

FEN = Decimal("0.01")


def round_fen(amount: Decimal) -> Decimal:
    """Round to the fen with ROUND_HALF_UP, as a payslip or letter shows it."""
    return amount.quantize(FEN, rounding=ROUND_HALF_UP)


def to_fen(amount: Decimal) -> int:
    """Exact fen for storage; refuses amounts finer than a fen instead of rounding them away."""
    try:
        fen = amount * 100
        if fen != fen.to_integral_value():
            raise ValueError(_("金额 {amount} 精度超过分，不能精确保存").format(amount=amount))
        return int(fen)
    except InvalidOperation as exc:
        raise ValueError(_("金额 {amount!r} 不是有效数字").format(amount=amount)) from exc


def from_fen(fen: int) -> Decimal:
    """The Decimal amount of a whole number of fen, always with two places."""
    return Decimal(fen).scaleb(-2)


def percent(rate: Decimal) -> str:
    """0.03 → "3", 0.125 → "12.5": a rate as the percentage people write, without trailing zeros."""
    return f"{(rate * 100).normalize():f}"


def format_money(amount: Decimal) -> str:
    """The one way an amount is shown: thousands separators and two places, HALF_UP.

    1133711.265 → "1,133,711.27", -68500 → "-68,500.00". Grids, 首页 and the command line all
    call it, so an amount reads the same wherever it appears.
    """
    return f"{round_fen(Decimal(amount)):,.2f}"


def format_yuan(amount: Decimal) -> str:
    """An amount inside a sentence: "68,500.00 元"."""
    return f"{format_money(amount)} 元"
