from __future__ import annotations

import pytest

from mock_services.systems.sms.numbers import from_query, is_e164, is_sender


@pytest.mark.parametrize("number", ["+32470123456", "+31612345678", "+352621123456"])
def test_e164_numbers(number: str) -> None:
    assert is_e164(number)


@pytest.mark.parametrize(
    "number", ["0470123456", "+032470123456", "+32 470 12 34 56", "+3247012345678901", "", "+"]
)
def test_not_e164(number: str) -> None:
    assert not is_e164(number)


@pytest.mark.parametrize("sender", ["8836", "+32470123456", "itsme", "Proximus", "BE-Alert"])
def test_senders(sender: str) -> None:
    assert is_sender(sender)


@pytest.mark.parametrize("sender", ["", "12", "123456789", "a very long name", "<script>", "  "])
def test_not_senders(sender: str) -> None:
    assert not is_sender(sender)


def test_an_unencoded_plus_in_a_query_is_read_back() -> None:
    assert from_query(" 32470123456") == "+32470123456"
    assert from_query("+32470123456") == "+32470123456"
    assert from_query(" 32 47") == " 32 47"
