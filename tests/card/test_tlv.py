from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mock_services.smartcard.belpic import tlv


def test_encode_and_decode() -> None:
    data = tlv.encode([(0x01, b"592123456789"), (0x02, b"\x00\x01"), (0x09, b"")])
    assert data == bytes.fromhex("010c") + b"592123456789" + bytes.fromhex("0202000109 00")
    assert tlv.decode(data) == {0x01: b"592123456789", 0x02: b"\x00\x01", 0x09: b""}


def test_lengths_of_255_and_more_continue_with_ff() -> None:
    assert tlv.encode_length(254) == b"\xfe"
    assert tlv.encode_length(255) == b"\xff\x00"
    assert tlv.encode_length(300) == b"\xff\x2d"
    value = bytes(600)
    assert tlv.decode(tlv.encode([(0x11, value)])) == {0x11: value}


def test_zero_padding_at_the_end_is_ignored() -> None:
    assert tlv.decode(tlv.encode([(0x01, b"ab")]) + bytes(20)) == {0x01: b"ab"}


def test_tag_zero_may_only_come_first() -> None:
    assert tlv.decode(bytes.fromhex("0001 01 0101 41".replace(" ", ""))) == {0: b"\x01", 1: b"A"}
    with pytest.raises(ValueError, match="first field"):
        tlv.encode([(0x01, b"a"), (0x00, b"b")])
    with pytest.raises(tlv.TlvError, match="only the first field"):
        tlv.decode(bytes.fromhex("010141 0001 02".replace(" ", "")))


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (bytes.fromhex("0105 4142"), "needs 5 bytes"),
        (bytes.fromhex("01"), "no complete length"),
        (bytes.fromhex("01ff"), "no complete length"),
        (bytes.fromhex("010141 010142"), "occurs twice"),
    ],
)
def test_broken_files_are_reported(data: bytes, message: str) -> None:
    with pytest.raises(tlv.TlvError, match=message):
        tlv.decode(data)


@given(
    st.dictionaries(st.integers(min_value=1, max_value=255), st.binary(max_size=700), max_size=8)
)
def test_round_trip(fields: dict[int, bytes]) -> None:
    assert tlv.decode(tlv.encode(fields.items())) == fields
