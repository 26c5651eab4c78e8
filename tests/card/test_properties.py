"""Whatever arrives, the card answers a well-formed response and keeps working."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mock_services.smartcard.belpic.apdu import SW, is_valid_status_word
from mock_services.smartcard.eid_card.applet import (
    CHANGE_REFERENCE_DATA,
    GET_CARD_DATA,
    GET_CHALLENGE,
    GET_RESPONSE,
    MANAGE_SECURITY_ENVIRONMENT,
    PERFORM_SECURITY_OPERATION,
    READ_BINARY,
    RESET_RETRY_COUNTER,
    SELECT,
    VERIFY,
)
from mock_services.smartcard.eid_card.cards import card_for
from tests.card.fake_vpcd import FakeVpcd

INSTRUCTIONS = [
    SELECT,
    READ_BINARY,
    GET_CARD_DATA,
    VERIFY,
    CHANGE_REFERENCE_DATA,
    RESET_RETRY_COUNTER,
    MANAGE_SECURITY_ENVIRONMENT,
    PERFORM_SECURITY_OPERATION,
    GET_RESPONSE,
    GET_CHALLENGE,
]


@st.composite
def structured_apdus(draw: st.DrawFn) -> bytes:
    header = bytes(
        (
            draw(st.sampled_from([0x00, 0x80]) | st.integers(0, 255)),
            draw(st.sampled_from(INSTRUCTIONS) | st.integers(0, 255)),
            draw(
                st.sampled_from([0x00, 0x01, 0x02, 0x04, 0x08, 0x09, 0x41, 0x9E])
                | st.integers(0, 255)
            ),
            draw(st.sampled_from([0x00, 0x01, 0x0C, 0xB6, 0x9A]) | st.integers(0, 255)),
        )
    )
    data = draw(st.binary(max_size=255))
    le = draw(st.none() | st.integers(0, 255))
    body = (bytes((len(data),)) + data if data else b"") + (bytes((le,)) if le is not None else b"")
    return header + body


apdus = structured_apdus() | st.binary(max_size=300)


def well_formed(answer: bytes) -> bool:
    return len(answer) >= 2 and is_valid_status_word(int.from_bytes(answer[-2:], "big"))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(apdus, min_size=1, max_size=12))
def test_random_apdus_get_well_formed_answers(commands: list[bytes]) -> None:
    card = card_for("an")
    for command in commands:
        answer = card.execute(command)
        assert well_formed(answer), (command.hex(), answer.hex())
        assert answer[-2:] != SW.NO_PRECISE_DIAGNOSIS.to_bytes(2, "big"), command.hex()
    assert card.execute(bytes.fromhex("00A4080C023F00")) == b"\x90\x00"
    assert card.execute(bytes.fromhex("80E400001C"))[-2:] == b"\x90\x00"


@settings(max_examples=40, deadline=None)
@given(st.lists(apdus, min_size=1, max_size=8))
def test_random_apdus_through_the_vpcd_transport(commands: list[bytes]) -> None:
    with FakeVpcd(card_for("an")) as vpcd:
        for command in commands:
            if len(command) < 2:  # 0 and 1 byte payloads are vpcd control messages
                continue
            assert well_formed(vpcd.transmit(command))
        assert vpcd.transmit(bytes.fromhex("80E400001C"))[-2:] == b"\x90\x00"
        assert not vpcd.connection.closed.is_set()
