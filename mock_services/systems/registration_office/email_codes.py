"""The first security code by e-mail that confirms the e-mail key: 6 digits, 10 minutes,
single use."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from mock_services.world import World

STATE_KEY = "registration_office.email_codes"
VALIDITY = timedelta(minutes=10)


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


class EmailCodes:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._pending: dict[str, PendingCode] = {}

    def issue(self, world: World, national_number: str) -> str:
        code = f"{world.random('registration:email-code').randrange(10**6):06d}"
        with self._lock:
            self._pending[national_number] = PendingCode(code, world.clock.now() + VALIDITY)
        return code

    def check(self, world: World, national_number: str, code: str) -> CodeCheck:
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


def email_codes(world: World) -> EmailCodes:
    return world.state(STATE_KEY, EmailCodes)
