"""Helpers for the card tests: a fresh card and a way to talk to it in hex."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from mock_services.smartcard.eid_card.cards import card_for
from mock_services.smartcard.eid_card.filesystem import ElementaryFile

if TYPE_CHECKING:
    from mock_services.smartcard.eid_card.applet import BelpicCard


@pytest.fixture
def card() -> BelpicCard:
    """A fresh card of test person ``an`` (PIN 1234), powered up."""
    return card_for("an")


def send(card: BelpicCard, apdu: str | bytes) -> tuple[bytes, int]:
    """Execute an APDU (hex with optional spaces, or bytes); (data, status word)."""
    raw = bytes.fromhex(apdu) if isinstance(apdu, str) else apdu
    answer = card.execute(raw)
    return answer[:-2], int.from_bytes(answer[-2:], "big")


def sw_of(card: BelpicCard, apdu: str | bytes) -> int:
    return send(card, apdu)[1]


def file_content(card: BelpicCard, path: bytes) -> bytes:
    """What the card holds in the elementary file at ``path``."""
    found = card.image.files.get(path)
    assert isinstance(found, ElementaryFile), f"no file at {path.hex()}"
    return found.content
