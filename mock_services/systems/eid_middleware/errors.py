"""What can go wrong between the eID software and the card, as typed exceptions.

Every message is meant to be shown to a person as it is. What PC/SC reports (no reader, no
card, card removed) comes from the PC's smart-card stack; the rest is about the card.
"""

from __future__ import annotations

from mock_services.smartcard.pcsc_host.errors import (
    CardRemovedError,
    MalformedApduError,
    NoCardError,
    NoReaderError,
    PcscError,
)

__all__ = [
    "CardCommandError",
    "CardRemovedError",
    "EidError",
    "MalformedApduError",
    "NoCardError",
    "NoReaderError",
    "NotAnEidCardError",
    "PinBlockedError",
    "PinFormatInvalidError",
    "PinRequiredError",
    "WrongPinError",
]

EidError = PcscError
"""Base of every error of the eID software: the PC/SC ones and those below."""


class NotAnEidCardError(EidError):
    """A card is there, but it is not a Belgian eID."""


class WrongPinError(EidError):
    def __init__(self, tries_left: int) -> None:
        plural = "try" if tries_left == 1 else "tries"
        super().__init__(f"wrong PIN: {tries_left} {plural} left before the card blocks")
        self.tries_left = tries_left


class PinBlockedError(EidError):
    def __init__(self) -> None:
        super().__init__(
            "the PIN is blocked after three wrong tries; unblock it with the PUK at the "
            "municipality"
        )


class PinFormatInvalidError(EidError):
    """Not a PIN at all (a PIN has 4 to 12 digits); the card was not asked."""


class PinRequiredError(EidError):
    """The card wants the PIN first (or again, for a signature with the signature key)."""


class CardCommandError(EidError):
    """The card refused a command with an unexpected status word."""

    def __init__(self, what: str, sw: int) -> None:
        super().__init__(f"the card refused to {what} (status {sw:04X})")
        self.sw = sw
