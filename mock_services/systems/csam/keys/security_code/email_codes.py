"""CSAM's security codes by e-mail: 6 digits, valid 10 minutes on the world clock, single use.

Codes are kept per account (national number): the newest is the one that counts, a new code
replaces the one before; used and replaced codes are remembered for a while, so that a code
typed a second time is refused as used, not as wrong.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from mock_services.world import World

STATE_KEY = "csam.security_code.email_codes"
VALIDITY = timedelta(minutes=10)
DIGITS = 6
REMEMBERED = 20
"""Codes remembered per account (the newest and the ones before it)."""


class EmailCodeCheck(StrEnum):
    OK = "ok"
    WRONG = "wrong"
    EXPIRED = "expired"
    USED = "used"
    NONE = "none"
    """No code was sent to this account."""


@dataclass
class IssuedCode:
    code: str
    expires: datetime
    used: bool = False


class EmailCodeBook:
    """The codes sent to each account, newest last."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._codes: dict[str, list[IssuedCode]] = {}

    def issue(self, world: World, national_number: str) -> str:
        """A fresh code for the account (from the world's seeded stream)."""
        code = f"{world.random('csam:email-code').randrange(10**DIGITS):0{DIGITS}d}"
        with self._lock:
            codes = self._codes.setdefault(national_number, [])
            codes.append(IssuedCode(code, world.clock.now() + VALIDITY))
            del codes[:-REMEMBERED]
        return code

    def check(self, world: World, national_number: str, code: str) -> EmailCodeCheck:
        """Check ``code`` for the account; the newest code is good once, until it expires."""
        code = code.strip()
        with self._lock:
            codes = self._codes.get(national_number, [])
            if not codes:
                return EmailCodeCheck.NONE
            match = next((c for c in reversed(codes) if c.code == code), None)
            if match is None:
                return EmailCodeCheck.WRONG
            if match.used:
                return EmailCodeCheck.USED
            if match is not codes[-1] or world.clock.now() >= match.expires:
                return EmailCodeCheck.EXPIRED
            match.used = True
            return EmailCodeCheck.OK


def email_code_book(world: World) -> EmailCodeBook:
    return world.state(STATE_KEY, EmailCodeBook)
