from __future__ import annotations

import pytest

from mock_services.systems.itsme.phone_numbers import (
    InvalidPhoneNumberError,
    PhoneNumberProblem,
    parse_phone_number,
)


@pytest.mark.parametrize(
    "typed",
    [
        "0470123456",
        "0470 12 34 56",
        "0470/12.34.56",
        "470123456",
        "+32470123456",
        "0032 470 12 34 56",
    ],
)
def test_belgian_mobile_numbers_in_every_usual_form(typed: str) -> None:
    number = parse_phone_number("32", typed)
    assert number.e164 == "+32470123456"
    assert number.display == "+32 470 12 34 56"
    assert number.national == "0470 12 34 56"


@pytest.mark.parametrize(
    ("typed", "problem"),
    [
        ("", PhoneNumberProblem.EMPTY),
        ("   ", PhoneNumberProblem.EMPTY),
        ("016 12 34 56", PhoneNumberProblem.NOT_BELGIAN_MOBILE),
        ("0470 12 34 5", PhoneNumberProblem.NOT_BELGIAN_MOBILE),
        ("0470 12 34 567", PhoneNumberProblem.NOT_BELGIAN_MOBILE),
        ("+32 2 123 45 67", PhoneNumberProblem.NOT_BELGIAN_MOBILE),
        ("0470 12 34 5x", PhoneNumberProblem.INVALID),
        ("+1 202 555 0100", PhoneNumberProblem.INVALID),
        ("+32abc", PhoneNumberProblem.INVALID),
    ],
)
def test_wrong_numbers_are_refused_with_a_reason(typed: str, problem: PhoneNumberProblem) -> None:
    with pytest.raises(InvalidPhoneNumberError) as refused:
        parse_phone_number("32", typed)
    assert refused.value.problem is problem


def test_the_typed_country_code_wins_over_the_selected_one() -> None:
    assert parse_phone_number("32", "+31 6 12345678").e164 == "+31612345678"


def test_other_countries_take_six_to_twelve_digits() -> None:
    assert parse_phone_number("31", "06 12345678").e164 == "+31612345678"
    with pytest.raises(InvalidPhoneNumberError):
        parse_phone_number("31", "06 1")


def test_an_unknown_country_code_is_refused() -> None:
    with pytest.raises(InvalidPhoneNumberError):
        parse_phone_number("999", "0470123456")
