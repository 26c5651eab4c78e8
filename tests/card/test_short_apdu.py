"""APDUs shorter than the 4-byte header (ISO 7816-4) are refused on the PC, before PC/SC.

Through vpcd a 1-byte APDU reached the card process as a control code and ``SCardTransmit``
did not return; an empty one made pyscard hand back a 65,548-byte buffer of stale memory.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

import pytest

from mock_services.smartcard.belpic.apdu import CommandApdu
from mock_services.smartcard.pcsc_host.errors import MalformedApduError
from mock_services.smartcard.pcsc_host.pcsc import PcscContext
from mock_services.systems.eid_middleware.belpic_reader import connect

if TYPE_CHECKING:
    from fixtures.card import InsertCard

pytestmark = pytest.mark.pcsc

SHORT = [b"", b"\x00", b"\x01", b"\x04", b"\x00\xa4", b"\x80\xe4\x00"]
GET_CARD_DATA = CommandApdu(0x80, 0xE4, 0x00, 0x00, le=28)
PROMPT_SECONDS = 1.0


def test_the_host_module_refuses_short_apdus_and_the_reader_stays_usable(
    insert_card: InsertCard,
) -> None:
    with insert_card("an") as reader:
        context = PcscContext()
        channel = context.connect(reader.name)
        try:
            for apdu in SHORT:
                started = time.monotonic()
                with pytest.raises(MalformedApduError, match="at least 4 bytes"):
                    channel.transmit(apdu)
                assert time.monotonic() - started < PROMPT_SECONDS
            answer = channel.transmit(GET_CARD_DATA.to_bytes())
            assert answer[-2:] == b"\x90\x00"
            assert len(answer) == 28 + 2
        finally:
            channel.close()
            context.close()


def test_the_eid_software_refuses_short_apdus_and_reads_on(insert_card: InsertCard) -> None:
    with insert_card("an") as reader, connect(reader.name) as card:
        for apdu in SHORT:
            with pytest.raises(MalformedApduError, match="it was not sent to the card"):
                card.transmit(apdu)
        assert len(card.card_data()) == 28
        assert card.pin_tries_left() == 3
