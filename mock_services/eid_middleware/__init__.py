"""The eID software on the user's PC: finds the reader and the card through PC/SC (pyscard),
reads identity and certificates, verifies the PIN and has the card sign.

    from mock_services.eid_middleware import connect, wait_for_card

    with connect(wait_for_card(timeout=10)) as card:
        certificate = card.read_certificate(CertificateFile.AUTHENTICATION)
        signature = card.sign(challenge, pin=pin)
"""

from __future__ import annotations

from mock_services.eid_middleware.belpic_reader import (
    CertificateFile,
    EidCard,
    SigningKey,
    connect,
    list_readers,
    wait_for_card,
    wait_for_removal,
)
from mock_services.eid_middleware.errors import (
    CardCommandError,
    CardRemovedError,
    EidError,
    NoCardError,
    NoReaderError,
    NotAnEidCardError,
    PinBlockedError,
    PinFormatInvalidError,
    PinRequiredError,
    WrongPinError,
)

__all__ = [
    "CardCommandError",
    "CardRemovedError",
    "CertificateFile",
    "EidCard",
    "EidError",
    "NoCardError",
    "NoReaderError",
    "NotAnEidCardError",
    "PinBlockedError",
    "PinFormatInvalidError",
    "PinRequiredError",
    "SigningKey",
    "WrongPinError",
    "connect",
    "list_readers",
    "wait_for_card",
    "wait_for_removal",
]
