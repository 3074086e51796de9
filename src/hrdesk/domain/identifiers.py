"""Identifiers (证件号码): resident ID (GB 11643), 统一社会信用代码 (GB 32100) and bank cards."""

from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from stdnum.cn import ric, uscc
from stdnum.exceptions import InvalidChecksum, InvalidComponent, InvalidFormat, InvalidLength

from hrdesk.messages import _


@dataclass(frozen=True)
class ResidentId:
    """A valid 居民身份证号码 with what it tells about its holder."""

    number: str
    birth_date: date
    gender: str  # "男" or "女": the 17th digit, odd for men

    @property
    def masked(self) -> str:
        """110105********002X: region and the last four, as lists and forms show it."""
        return self.number[:6] + "*" * 8 + self.number[-4:]


@lru_cache(maxsize=65536)  # an import checks each number several times; the answer never changes
def parse_resident_id(text: str) -> ResidentId:
    """Validate an 18-character resident ID; raises ValueError with a Chinese reason.

    The region code is not checked against a list: new districts appear every year, and
    GB 11643 asks only for the check character and a real birth date.
    """
    text = text or ""
    # stdnum's compact (separators, full-width forms) only for what is not already plain.
    number = text.upper() if text.isascii() and text.isalnum() else ric.compact(text).upper()
    if len(number) != 18:
        raise ValueError(_("身份证号应为18位"))
    if not number[:17].isdigit() or number[17] not in "0123456789X":
        raise ValueError(_("身份证号格式不正确（前17位须为数字，末位为数字或X）"))
    try:  # what ric.get_birth_date reads, without compacting the number once more
        birth_date = date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        raise ValueError(_("身份证号中的出生日期不存在")) from None
    if number[17] != ric.calc_check_digit(number):
        raise ValueError(_("身份证号校验位不正确"))
    gender = "男" if int(number[16]) % 2 else "女"
    return ResidentId(number=number, birth_date=birth_date, gender=gender)


def resident_id_check_character(first17: str) -> str:
    """The GB 11643 check character for the first 17 digits."""
    return ric.calc_check_digit(first17 + "?")  # stdnum expects a placeholder check character


def parse_credit_code(text: str) -> str:
    """Validate a 统一社会信用代码; returns it compacted, raises ValueError in Chinese."""
    code = uscc.compact(text or "")
    try:
        return uscc.validate(code)
    except InvalidLength:
        raise ValueError(_("统一社会信用代码应为18位")) from None
    except InvalidChecksum:
        raise ValueError(_("统一社会信用代码校验位不正确")) from None
    except (InvalidFormat, InvalidComponent):
        raise ValueError(_("统一社会信用代码格式不正确")) from None


def credit_code_check_character(first17: str) -> str:
    """The GB 32100 check character for the first 17 characters."""
    return uscc.calc_check_digit(first17)


def card_digits(text: str) -> str:
    """A card number as typed, with its spaces taken out."""
    return "".join((text or "").split())


def mask_bank_card(number: str) -> str:
    """6222 **** **** 0128: the bank's first four and the last four."""
    return f"{number[:4]} **** **** {number[-4:]}" if len(number) > 8 else "****"


_DOUBLED = str.maketrans("0123456789", "0246813579")  # a doubled digit, its two digits added


def _luhn_valid(digits: str) -> bool:
    """The Luhn check of a string of digits (stdnum's, without its per-call cleaning): the
    digits summed as bytes, every second one from the right doubled through a table."""
    if not digits.isascii():  # full-width or other script's digits: their values
        digits = "".join(str(int(digit)) for digit in digits)
    backwards = digits[::-1]
    kept = sum(backwards[0::2].encode())
    doubled = sum(backwards[1::2].translate(_DOUBLED).encode())
    return (kept + doubled - 48 * len(digits)) % 10 == 0


def bank_card_warnings(text: str) -> list[str]:
    """Findings about a bank card number: length and Luhn. A failed Luhn check only warns."""
    digits = card_digits(text)
    if not digits.isdigit() or not 16 <= len(digits) <= 19:
        return [_("银行卡号应为16至19位数字")]
    if not _luhn_valid(digits):
        return [_("银行卡号未通过Luhn校验，请核对（部分对公账户无校验位）")]
    return []
