"""Activating a person's eBox: an e-mail address confirmed by a 6-digit code (10 minutes,
single use); once confirmed, the eBox is active and new documents are notified by e-mail."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from mock_services.systems.mail.mailboxes import is_address, normalise_address
from mock_services.world import World

STATE_KEY = "ebox.activation"
VALIDITY = timedelta(minutes=10)


class CodeCheck(StrEnum):
    OK = "ok"
    WRONG = "wrong"
    EXPIRED = "expired"
    NONE = "none"
    """No code was sent, or it was used already."""


class MalformedAddressError(ValueError):
    """The address is not an e-mail address like ``an@example.be``."""


@dataclass(frozen=True)
class PendingCode:
    email: str
    code: str
    expires: datetime


@dataclass(frozen=True)
class Activation:
    """An activated eBox: where its notifications go."""

    email: str
    notify: bool = True


class Activations:
    """Pending codes and activated eBoxes, by national number."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._pending: dict[str, PendingCode] = {}
        self._active: dict[str, Activation] = {}

    def request(self, world: World, national_number: str, email: str) -> PendingCode:
        """A new code for ``email``; it replaces any code sent before."""
        if not is_address(email.strip()):
            raise MalformedAddressError(email)
        code = f"{world.random('ebox:activation-code').randrange(10**6):06d}"
        pending = PendingCode(normalise_address(email.strip()), code, world.clock.now() + VALIDITY)
        with self._lock:
            self._pending[national_number] = pending
        return pending

    def pending(self, national_number: str) -> PendingCode | None:
        with self._lock:
            return self._pending.get(national_number)

    def confirm(self, world: World, national_number: str, code: str) -> CodeCheck:
        """Check ``code``; the right one in time activates the eBox and its notifications."""
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
            self._active[national_number] = Activation(pending.email)
            return CodeCheck.OK

    def activate(self, national_number: str, email: str) -> Activation:
        """Activate directly (the control API's shortcut for a test's starting point)."""
        if not is_address(email.strip()):
            raise MalformedAddressError(email)
        activation = Activation(normalise_address(email.strip()))
        with self._lock:
            self._active[national_number] = activation
        return activation

    def of(self, national_number: str) -> Activation | None:
        with self._lock:
            return self._active.get(national_number)


def activations(world: World) -> Activations:
    return world.state(STATE_KEY, Activations)
