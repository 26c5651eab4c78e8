"""The identification token of self-enrolment: shown on the computer, typed into the app.

``K7r-M2q-X9``: three groups of letters and digits, capitals and small letters mixed, joined
by dashes. Letters and digits that look alike (0/O/o, 1/I/l) are left out. The app takes the
token only as shown: a token typed with other capitals or without its dashes is a near miss
that the app explains, not a match.
"""

from __future__ import annotations

import hmac
from enum import StrEnum

from mock_services.world import World

ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789"
GROUPS = (3, 3, 2)
SEPARATOR = "-"


class TokenMatch(StrEnum):
    EXACT = "exact"
    NEAR_MISS = "near_miss"
    """The same letters and digits, with other capitals or punctuation."""
    WRONG = "wrong"


def new_token(world: World) -> str:
    stream = world.random("itsme.enrolment.token")
    groups = ("".join(stream.choice(ALPHABET) for _ in range(size)) for size in GROUPS)
    return SEPARATOR.join(groups)


def _letters_and_digits(text: str) -> str:
    return "".join(char for char in text if char.isalnum()).casefold()


def compare(token: str, typed: str) -> TokenMatch:
    typed = typed.strip()
    if hmac.compare_digest(typed.encode(), token.encode()):
        return TokenMatch.EXACT
    if _letters_and_digits(typed) == _letters_and_digits(token):
        return TokenMatch.NEAR_MISS
    return TokenMatch.WRONG
