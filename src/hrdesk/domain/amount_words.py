"""人民币大写: an amount in capital Chinese numerals, as on payslip totals and 对账函."""

from decimal import Decimal

import cn2an

from hrdesk.domain.money import round_fen


def amount_in_words(amount: Decimal) -> str:
    """壹万贰仟叁佰肆拾伍元陆角柒分; 整 after whole yuan (支付结算办法); 零元整 for nothing."""
    rounded = round_fen(amount)
    if rounded == 0:
        return "零元整"
    return cn2an.an2cn(format(rounded, "f"), "rmb")
