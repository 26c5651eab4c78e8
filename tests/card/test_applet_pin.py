"""VERIFY, CHANGE REFERENCE DATA and RESET RETRY COUNTER of the card OS."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from mock_services.smartcard.belpic.apdu import SW
from mock_services.smartcard.belpic.pin_block import encode_pin_block
from tests.card.conftest import sw_of

if TYPE_CHECKING:
    from mock_services.smartcard.eid_card.applet import BelpicCard


def verify(pin: str) -> str:
    return "0020000108" + encode_pin_block(pin).hex()


def test_pin_block_format() -> None:
    assert encode_pin_block("1234").hex().upper() == "241234FFFFFFFFFF"
    assert encode_pin_block("123456789012").hex().upper() == "2C123456789012FF"


def test_right_pin(card: BelpicCard) -> None:
    assert sw_of(card, "0020000108241234FFFFFFFFFF") == SW.OK
    assert sw_of(card, "00200001") == SW.OK  # verified in this session


def test_wrong_pins_count_down_then_block(card: BelpicCard) -> None:
    assert sw_of(card, "00200001") == 0x63C3
    assert sw_of(card, verify("0000")) == 0x63C2
    assert sw_of(card, verify("1111")) == 0x63C1
    assert sw_of(card, "00200001") == 0x63C1
    assert sw_of(card, verify("2222")) == 0x63C0
    assert sw_of(card, verify("1234")) == SW.AUTHENTICATION_METHOD_BLOCKED
    assert sw_of(card, "00200001") == SW.AUTHENTICATION_METHOD_BLOCKED
    assert card.pin.blocked


def test_right_pin_resets_the_counter(card: BelpicCard) -> None:
    assert sw_of(card, verify("0000")) == 0x63C2
    assert sw_of(card, verify("1234")) == SW.OK
    assert card.pin.tries_left == 3


def test_counter_survives_pulling_the_card(card: BelpicCard) -> None:
    assert sw_of(card, verify("0000")) == 0x63C2
    card.power_off()
    card.power_on()
    assert sw_of(card, "00200001") == 0x63C2


def test_verification_lasts_until_reset(card: BelpicCard) -> None:
    assert sw_of(card, verify("1234")) == SW.OK
    card.reset()
    assert sw_of(card, "00200001") == 0x63C3


@pytest.mark.parametrize(
    ("apdu", "sw"),
    [
        ("002000010412341234", SW.WRONG_LENGTH),
        ("0020000108141234FFFFFFFFFF", SW.WRONG_DATA),  # not format 2
        ("0020000108221234FFFFFFFFFF", SW.WRONG_DATA),  # 2 digits
        ("00200001082412A4FFFFFFFFFF", SW.WRONG_DATA),  # not BCD
        ("0020000108241234FFFFFFFF00", SW.WRONG_DATA),  # bad filler
        ("0020000208241234FFFFFFFFFF", SW.REFERENCED_DATA_NOT_FOUND),
        ("0020010108241234FFFFFFFFFF", SW.INCORRECT_P1_P2),
        ("8020000108241234FFFFFFFFFF", SW.CLASS_NOT_SUPPORTED),
    ],
)
def test_verify_errors_cost_no_try(card: BelpicCard, apdu: str, sw: int) -> None:
    assert sw_of(card, apdu) == sw
    assert card.pin.tries_left == 3


def test_change_pin(card: BelpicCard) -> None:
    change = "0024000110" + encode_pin_block("1234").hex() + encode_pin_block("987654").hex()
    assert sw_of(card, change) == SW.OK
    assert sw_of(card, verify("1234")) == 0x63C2
    assert sw_of(card, verify("987654")) == SW.OK


def test_change_pin_with_wrong_old_pin_costs_a_try(card: BelpicCard) -> None:
    change = "0024000110" + encode_pin_block("0000").hex() + encode_pin_block("5678").hex()
    assert sw_of(card, change) == 0x63C2
    assert sw_of(card, verify("1234")) == SW.OK


@pytest.mark.parametrize(
    ("apdu", "sw"),
    [
        ("0024000108241234FFFFFFFFFF", SW.WRONG_LENGTH),
        ("0024010108241234FFFFFFFFFF", SW.INCORRECT_P1_P2),
        ("0024000110241234FFFFFFFFFF" + "FFFFFFFFFFFFFFFF", SW.WRONG_DATA),
    ],
)
def test_change_pin_errors(card: BelpicCard, apdu: str, sw: int) -> None:
    assert sw_of(card, apdu) == sw


def test_puk_unblocks_the_pin(card: BelpicCard) -> None:
    for wrong in ("0000", "0001", "0002"):
        sw_of(card, verify(wrong))
    assert card.pin.blocked
    puk = encode_pin_block(card.image.puk).hex()
    assert sw_of(card, "002C010108" + encode_pin_block("999999999999").hex()) == (
        SW.SECURITY_STATUS_NOT_SATISFIED
    )
    assert sw_of(card, "002C010108" + puk) == SW.OK  # PUK only
    assert sw_of(card, verify("1234")) == SW.OK
    assert sw_of(card, "002C000110" + puk + encode_pin_block("4444").hex()) == SW.OK
    assert sw_of(card, verify("4444")) == SW.OK
    assert sw_of(card, "002C010108" + puk + "00") == SW.OK  # Le is ignored
    assert sw_of(card, "002C010110" + puk + puk) == SW.WRONG_LENGTH
    assert sw_of(card, "002C010208" + puk) == SW.REFERENCED_DATA_NOT_FOUND
