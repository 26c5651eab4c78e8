from __future__ import annotations

import pytest

from mock_services.smartcard.belpic.apdu import (
    SW,
    CardError,
    CommandApdu,
    bytes_available,
    is_valid_status_word,
    response,
    wrong_le,
    wrong_pin,
)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("00A40000", CommandApdu(0x00, 0xA4, 0x00, 0x00)),
        ("00B0000000", CommandApdu(0x00, 0xB0, 0x00, 0x00, le=256)),
        ("80E400001C", CommandApdu(0x80, 0xE4, 0x00, 0x00, le=28)),
        ("00A4080C023F00", CommandApdu(0x00, 0xA4, 0x08, 0x0C, data=b"\x3f\x00")),
        ("002A9E9A0211223F", CommandApdu(0x00, 0x2A, 0x9E, 0x9A, data=b"\x11\x22", le=0x3F)),
    ],
)
def test_parse_the_four_cases(raw: str, expected: CommandApdu) -> None:
    assert CommandApdu.parse(bytes.fromhex(raw)) == expected
    assert expected.to_bytes() == bytes.fromhex(raw)


@pytest.mark.parametrize(
    "raw", ["", "00", "00A408", "00A4080C05112233", "00A4080C0011", "00A4080C0201"]
)
def test_malformed_apdus_are_a_wrong_length(raw: str) -> None:
    with pytest.raises(CardError) as caught:
        CommandApdu.parse(bytes.fromhex(raw))
    assert caught.value.sw == SW.WRONG_LENGTH


def test_constructor_rejects_what_cannot_be_encoded() -> None:
    with pytest.raises(ValueError, match="one byte"):
        CommandApdu(0x100, 0, 0, 0)
    with pytest.raises(ValueError, match="255 data bytes"):
        CommandApdu(0, 0, 0, 0, data=bytes(256))
    with pytest.raises(ValueError, match="Le"):
        CommandApdu(0, 0, 0, 0, le=0)


def test_status_word_helpers() -> None:
    assert bytes_available(256) == 0x6100
    assert bytes_available(28) == 0x611C
    assert wrong_le(0xE8) == 0x6CE8
    assert wrong_pin(2) == 0x63C2
    assert response(b"\x01", SW.OK) == b"\x01\x90\x00"
    assert is_valid_status_word(0x9000)
    assert is_valid_status_word(0x6A82)
    assert not is_valid_status_word(0x9001)
    assert not is_valid_status_word(0x6000)
    assert not is_valid_status_word(0x7000)
