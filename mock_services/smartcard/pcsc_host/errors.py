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
