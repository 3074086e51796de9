from datetime import date

import pytest

from hrdesk.domain.identifiers import (
    bank_card_warnings,
    credit_code_check_character,
    parse_credit_code,
    parse_resident_id,
    resident_id_check_character,
)

VALID_ID = "11010519491231002X"  # GB 11643's own example


def test_valid_resident_id_gives_birth_date_gender_and_mask():
    person = parse_resident_id(" 11010519491231002x ")
    assert person.number == VALID_ID
    assert person.birth_date == date(1949, 12, 31)
    assert person.gender == "女"
    assert person.masked == "110105********002X"


def test_check_character_follows_the_weights():
    assert resident_id_check_character("11010519491231002") == "X"
    assert parse_resident_id("440524188001010014").gender == "男"


@pytest.mark.parametrize(
    ("number", "reason"),
    [
        ("110105194912310021", "校验位不正确"),
        ("110105194902300028", "出生日期不存在"),
        ("11010519491231002", "应为18位"),
        ("1101051949123100A2", "格式不正确"),
    ],
)
def test_invalid_resident_ids_are_refused_with_a_reason(number, reason):
    with pytest.raises(ValueError, match=reason):
        parse_resident_id(number)


def test_credit_code():
    assert parse_credit_code("91350100M000100Y43") == "91350100M000100Y43"
    assert credit_code_check_character("91350100M000100Y4") == "3"
    with pytest.raises(ValueError, match="校验位不正确"):
        parse_credit_code("91350100M000100Y44")


def test_bank_card_luhn_failure_only_warns():
    assert bank_card_warnings("6222 0212 3456 7890 128") == []
    assert "Luhn" in bank_card_warnings("6222021234567890129")[0]
    assert bank_card_warnings("12345") == ["银行卡号应为16至19位数字"]


def test_the_luhn_check_agrees_with_the_standard_on_every_length_and_digit():
    import random

    from stdnum import luhn

    rng = random.Random(17)
    for _ in range(3000):
        digits = "".join(rng.choice("0123456789") for _ in range(rng.randint(16, 19)))
        valid = luhn.is_valid(digits)
        assert (bank_card_warnings(digits) == []) is valid, digits
    # Typed in full-width digits (a Chinese input method): the same numbers, the same answer.
    assert bank_card_warnings("６２２２０２１２３４５６７８９０１２８") == []
    assert "Luhn" in bank_card_warnings("６２２２０２１２３４５６７８９０１２９")[0]
