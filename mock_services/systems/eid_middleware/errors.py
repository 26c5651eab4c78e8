"""What can go wrong between the eID software and the card, as typed exceptions.

Every message is meant to be shown to a person as it is.
"""

from __future__ import annotations


class EidError(Exception):
    """Base of every error of the eID middleware."""


class NoReaderError(EidError):
    """No card reader (or no PC/SC service at all)."""


class NoCardError(EidError):
    """The reader is empty, or no card came in time."""


class NotAnEidCardError(EidError):
    """A card is there, but it is not a Belgian eID."""


class CardRemovedError(EidError):
    """The card was pulled out while we were using it."""


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
