"""Activating a person's eBox: an e-mail address confirmed by a 6-digit code (10 minutes,
single use); once confirmed, the eBox is active and new documents are notified by e-mail."""

from __future__ import annotations

import threading
from dataclasses import dataclass

from mock_services.systems.mail.mailboxes import is_address, normalise_address
from mock_services.world import World
from mock_services.world.confirmation_codes import CodeCheck, ConfirmationCodes

__all__ = ["Activation", "Activations", "CodeCheck", "MalformedAddressError", "activations"]

STATE_KEY = "ebox.activation"
PURPOSE = "ebox:activation-code"
"""The seeded stream the codes come from."""


class MalformedAddressError(ValueError):
    """The address is not an e-mail address like ``an@example.be``."""


@dataclass(frozen=True)
class PendingActivation:
    """An address waiting for its code to be typed over."""

    email: str
    code: str


@dataclass(frozen=True)
class Activation:
    """An activated eBox: where its notifications go."""

    email: str
    notify: bool = True


def _address(email: str) -> str:
    if not is_address(email.strip()):
        raise MalformedAddressError(email)
    return normalise_address(email.strip())


class Activations:
    """Pending addresses with their codes, and activated eBoxes, by national number."""

    def __init__(self) -> None:
        self._codes = ConfirmationCodes(PURPOSE)
        self._lock = threading.Lock()
        self._addresses: dict[str, str] = {}
        self._active: dict[str, Activation] = {}

    def request(self, world: World, national_number: str, email: str) -> PendingActivation:
        """A new code for ``email``; it replaces any code sent before."""
        address = _address(email)
        code = self._codes.issue(world, national_number)
        with self._lock:
            self._addresses[national_number] = address
        return PendingActivation(address, code)

    def pending(self, national_number: str) -> PendingActivation | None:
        code = self._codes.pending(national_number)
        with self._lock:
            address = self._addresses.get(national_number)
        if code is None or address is None:
            return None
        return PendingActivation(address, code.code)

    def confirm(self, world: World, national_number: str, code: str) -> CodeCheck:
        """Check ``code``; the right one in time activates the eBox and its notifications."""
        result = self._codes.check(world, national_number, code)
        if result is CodeCheck.OK:
            with self._lock:
                address = self._addresses.pop(national_number)
                self._active[national_number] = Activation(address)
        return result

    def activate(self, national_number: str, email: str) -> Activation:
        """Activate directly (the control API's shortcut for a test's starting point)."""
        activation = Activation(_address(email))
        with self._lock:
            self._active[national_number] = activation
        return activation

    def of(self, national_number: str) -> Activation | None:
        with self._lock:
            return self._active.get(national_number)


def activations(world: World) -> Activations:
    return world.state(STATE_KEY, Activations)
