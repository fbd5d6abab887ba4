from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from isv_desktop.domain.amounts import format_euro, parse_euro_amount
from isv_desktop.domain.messages import UserError


@pytest.mark.parametrize(
    "typed, expected",
    [
        ("250.000", Decimal("250000.00")),
        ("€ 250.000,00", Decimal("250000.00")),
        ("250000", Decimal("250000.00")),
        ("€250.000,-", Decimal("250000.00")),
        ("1.250.000,50", Decimal("1250000.50")),
        ("  221.000 ", Decimal("221000.00")),
        ("0", Decimal("0.00")),
    ],
)
def test_dutch_and_plain_amounts_are_read(typed, expected):
    assert parse_euro_amount(typed) == expected


@pytest.mark.parametrize(
    "typed, message_id",
    [
        ("", "amount.empty"),
        ("   ", "amount.empty"),
        ("250.00", "amount.invalid"),
        ("2.50.000", "amount.invalid"),
        ("veel", "amount.invalid"),
        ("=1+1", "amount.invalid"),
        ("-5", "amount.negative"),
        ("12,345", "amount.too_precise"),
        ("1.000.000.000.000", "amount.too_large"),
        ("1e6", "amount.invalid"),
    ],
)
def test_anything_else_is_refused_with_its_message(typed, message_id):
    with pytest.raises(UserError) as caught:
        parse_euro_amount(typed)
    assert caught.value.message_id == message_id


@given(st.text(max_size=80))
def test_arbitrary_text_is_either_an_amount_or_a_user_error(text):
    try:
        value = parse_euro_amount(text)
    except UserError:
        return
    assert Decimal("0") <= value <= Decimal("100000000000")


@given(st.decimals(min_value=0, max_value=10**10, places=2, allow_nan=False))
def test_formatted_amounts_read_back_equal(value):
    assert parse_euro_amount(format_euro(value, "nl")) == value


@pytest.mark.parametrize(
    "typed, expected",
    [("185,000.00", "185000.00"), ("€185,000", "185000.00"), ("€ 1,250,000.5", "1250000.50"), ("250000", "250000.00"),
     ("12.5", "12.50")],
)
def test_english_amounts_are_read_the_english_way(typed, expected):
    assert parse_euro_amount(typed, "en") == Decimal(expected)


@pytest.mark.parametrize("typed", ["185.000,00", "1.250.000"])
def test_a_dutch_amount_on_the_english_screen_is_refused(typed):
    with pytest.raises(UserError) as raised:
        parse_euro_amount(typed, "en")
    assert raised.value.message_id == "amount.invalid"


@given(st.decimals(min_value=0, max_value=10**9, places=2, allow_nan=False, allow_infinity=False))
def test_english_formatted_amounts_read_back_equal(value):
    assert parse_euro_amount(format_euro(value, "en"), "en") == value
