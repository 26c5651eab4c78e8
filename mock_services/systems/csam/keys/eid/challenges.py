"""Login challenges: a random nonce, bound to one CSAM login, usable once, for a short time."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from datetime import datetime, timedelta

CHALLENGE_LIFETIME = timedelta(minutes=2)
"""How long the card has to sign: enough for a PIN, too short to keep a challenge around."""


class ChallengeError(Exception):
    """Why a signed challenge is refused; the message is for logs and tests, not the user."""


class UnknownChallengeError(ChallengeError):
    pass


class ChallengeReplayedError(ChallengeError):
    pass


class ForeignChallengeError(ChallengeError):
    pass


class ChallengeExpiredError(ChallengeError):
    pass


@dataclass(frozen=True)
class Challenge:
    id: str
    nonce: bytes
    login: str
    """The CSAM login (authorization transaction) the challenge belongs to."""
    expires: datetime


@dataclass
class ChallengeStore:
    """Issued challenges; each can be redeemed once, by its own login, before it expires."""

    _issued: dict[str, Challenge] = field(default_factory=dict)
    _redeemed: set[str] = field(default_factory=set)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def issue(self, login: str, challenge_id: str, nonce: bytes, now: datetime) -> Challenge:
        challenge = Challenge(challenge_id, nonce, login, now + CHALLENGE_LIFETIME)
        with self._lock:
            self._issued[challenge_id] = challenge
        return challenge

    def redeem(self, challenge_id: str, login: str, now: datetime) -> Challenge:
        """The challenge, marked as used; refused when unknown, used, foreign or expired."""
        with self._lock:
            challenge = self._issued.get(challenge_id)
            if challenge is None:
                raise UnknownChallengeError(f"challenge {challenge_id!r} was never issued")
            if challenge_id in self._redeemed:
                raise ChallengeReplayedError(f"challenge {challenge_id!r} was already used")
            if challenge.login != login:
                raise ForeignChallengeError(
                    f"challenge {challenge_id!r} belongs to another login than {login!r}"
                )
            self._redeemed.add(challenge_id)
        if now >= challenge.expires:
            raise ChallengeExpiredError(
                f"challenge {challenge_id!r} expired at {challenge.expires.isoformat()}"
            )
        return challenge
