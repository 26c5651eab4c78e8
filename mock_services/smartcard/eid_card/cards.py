"""Cards ready to put in a reader: a test person's personalised BELPIC card."""

from __future__ import annotations

from mock_services.smartcard.eid_card.applet import BelpicCard
from mock_services.smartcard.eid_card.personalisation import personalise


def card_for(person_id: str) -> BelpicCard:
    """A fresh card (PIN counter full) for a test person; UnknownPersonError if none."""
    return BelpicCard(personalise(person_id))
