"""Confirmation codes a person types over from an e-mail: 6 digits, valid 10 minutes on the
world clock, single use, one pending per person (a new code replaces the one before).

The digits come from the world's seeded stream of the given purpose (a person sees them, so
the screenshots stay the same run after run). The registration office confirms the e-mail key
with them and the eBox its notification address. CSAM's login codes remember used ones to
tell "used" from "wrong" and keep their own book (``csam.keys.security_code.email_codes``).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from mock_services.world.world import World

VALIDITY = timedelta(minutes=10)
DIGITS = 6


class CodeCheck(StrEnum):
    OK = "ok"
    WRONG = "wrong"
    EXPIRED = "expired"
    NONE = "none"
    """No code was sent, or it was used already."""


@dataclass(frozen=True)
class PendingCode:
    code: str
    expires: datetime


class ConfirmationCodes:
    """The pending code of each person (by national number) for one purpose."""

    def __init__(self, purpose: str, validity: timedelta = VALIDITY) -> None:
        self.purpose = purpose
        self.validity = validity
        self._lock = threading.Lock()
        self._pending: dict[str, PendingCode] = {}

    def issue(self, world: World, national_number: str) -> str:
        """A new code for the person; it replaces any code sent before."""
        code = f"{world.random(self.purpose).randrange(10**DIGITS):0{DIGITS}d}"
        with self._lock:
            self._pending[national_number] = PendingCode(code, world.clock.now() + self.validity)
        return code

    def pending(self, national_number: str) -> PendingCode | None:
        with self._lock:
            return self._pending.get(national_number)

    def check(self, world: World, national_number: str, code: str) -> CodeCheck:
        """Check ``code``; the right one in time is used up, an expired one is forgotten."""
        with self._lock:
            pending = self._pending.get(national_number)
            if pending is None:
                return CodeCheck.NONE
            if world.clock.now() >= pending.expires:
                del self._pending[national_number]
                return CodeCheck.EXPIRED
            if code.strip() != pending.code:
                return CodeCheck.WRONG
            del self._pending[national_number]
            return CodeCheck.OK
