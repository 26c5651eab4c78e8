"""What can go wrong between a program on the PC and a card, as PC/SC reports it.

Every message is meant to be shown to a person as it is. The eID software re-uses these
(``eid_middleware.errors``) and adds what is wrong with the card itself.
"""

from __future__ import annotations


class PcscError(Exception):
    """Base of every error of the PC's smart-card stack."""


class NoReaderError(PcscError):
    """No card reader (or no PC/SC service at all)."""


class NoCardError(PcscError):
    """The reader is empty, or no card came in time."""


class CardRemovedError(PcscError):
    """The card was pulled out while we were using it."""


class MalformedApduError(PcscError, ValueError):
    """A command APDU shorter than its 4-byte header (ISO 7816-4), refused before PC/SC.

    Through vpcd a 1-byte APDU would reach the card as a control code and hang the reader;
    an empty one makes pyscard hand back stale memory.
    """

    def __init__(self, apdu: bytes) -> None:
        super().__init__(
            f"a command APDU has at least 4 bytes (CLA INS P1 P2, ISO 7816-4), not "
            f"{len(apdu)}: {apdu.hex() or 'empty'}; it was not sent to the card"
        )
