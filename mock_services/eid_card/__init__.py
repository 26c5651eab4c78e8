"""The virtual Belgian eID card: the BELPIC applet and the vpcd reader it sits in.

    from mock_services.eid_card import PcscDaemon, VirtualReader, card_for

    with PcscDaemon(), VirtualReader(slot=0).insert(card_for("an")) as reader:
        ...  # pcscd shows the card in reader.name until the block ends

The card OS (``applet.BelpicCard``: ``execute(apdu) -> response``) knows nothing of the
transport (``vpcd.VpcdConnection``); ``personalisation`` makes a person's card from the
test data and ``eid_pki`` holds the test PKI.
"""

from __future__ import annotations

from mock_services.eid_card.applet import BelpicCard
from mock_services.eid_card.pcscd import PcscDaemon, PcscdError
from mock_services.eid_card.personalisation import CardImage, personalise
from mock_services.eid_card.slot import SlotBusyError, SlotError, VirtualReader, card_for
from mock_services.eid_card.stack import reader_name
from mock_services.eid_card.vpcd import VpcdConnection, VpcdUnreachableError

__all__ = [
    "BelpicCard",
    "CardImage",
    "PcscDaemon",
    "PcscdError",
    "SlotBusyError",
    "SlotError",
    "VirtualReader",
    "VpcdConnection",
    "VpcdUnreachableError",
    "card_for",
    "personalise",
    "reader_name",
]
