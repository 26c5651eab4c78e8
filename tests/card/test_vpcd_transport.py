"""The vpcd protocol, against a fake vpcd: no pcscd needed."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from mock_services.smartcard.belpic import layout
from mock_services.smartcard.pcsc_host.vpcd import VpcdConnection, VpcdUnreachableError
from tests.card.fake_vpcd import FakeVpcd

if TYPE_CHECKING:
    from mock_services.smartcard.eid_card.applet import BelpicCard


def test_atr_power_and_apdus(card: BelpicCard) -> None:
    with FakeVpcd(card) as vpcd:
        vpcd.send(b"\x04")
        assert vpcd.receive() == layout.ATR
        assert vpcd.connection.contacted.is_set()
        vpcd.send(b"\x01")  # power on: no answer
        answer = vpcd.transmit(bytes.fromhex("00A4080C063F00DF014031"))
        assert answer == b"\x90\x00"
        assert vpcd.transmit(bytes.fromhex("00B0000002")) == bytes.fromhex("010C9000")
        vpcd.send(b"\x02")  # reset forgets the selection
        assert vpcd.transmit(bytes.fromhex("00B0000002")) == bytes.fromhex("6986")
        vpcd.send(b"\x00")  # power off
        vpcd.send(b"\x07")  # unknown control code: ignored
        vpcd.send(b"")  # empty message: ignored
        assert vpcd.transmit(bytes.fromhex("80E400001C"))[-2:] == b"\x90\x00"


def test_bad_apdus_get_status_words_and_the_card_lives_on(card: BelpicCard) -> None:
    with FakeVpcd(card) as vpcd:
        assert vpcd.transmit(b"\x00\xa4") == bytes.fromhex("6700")
        assert vpcd.transmit(bytes(300)) == bytes.fromhex("6700")
        assert vpcd.transmit(b"\xff" * 4) == bytes.fromhex("6E00")
        assert vpcd.transmit(bytes.fromhex("80E400001C"))[-2:] == b"\x90\x00"


def test_vpcd_closing_ends_the_connection(card: BelpicCard) -> None:
    vpcd = FakeVpcd(card)
    vpcd.peer.close()
    assert vpcd.connection.closed.wait(5)
    vpcd.close()


def test_pulling_the_card_closes_the_socket(card: BelpicCard) -> None:
    with FakeVpcd(card) as vpcd:
        vpcd.connection.close()
        assert vpcd.peer.recv(1) == b""
        vpcd.connection.close()  # twice is fine


def test_unreachable_vpcd_says_what_to_do(card: BelpicCard) -> None:
    with FakeVpcd(card) as vpcd:
        port = vpcd.connection.port
    connection = VpcdConnection(card, port=port)
    with pytest.raises(VpcdUnreachableError, match="pcscd with the vsmartcard-vpcd driver"):
        connection.open()
