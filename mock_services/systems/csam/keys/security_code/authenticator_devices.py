"""The phones with the authenticator app, and the accounts each app holds.

A phone is bound like the itsme app: it keeps a device cookie (HttpOnly); CSAM keeps only its
SHA-256. Each account in the app is what its QR code said, the ``otpauth://`` URI (RFC 6238
parameters: secret, digits, period, algorithm), so the app computes its codes from what it
scanned, not from CSAM's copy of the secret: a QR code that says something else gives codes
that CSAM refuses.
"""

from __future__ import annotations

import hashlib
import hmac
import threading
from dataclasses import dataclass, field
from datetime import datetime

import pyotp

from mock_services.world import World
from mock_services.world.tokens import random_token

STATE_KEY = "csam.authenticator.devices"


@dataclass(frozen=True)
class AppAccount:
    """One account in the app, as its QR code described it."""

    uri: str
    totp: pyotp.TOTP = field(compare=False, repr=False)

    @classmethod
    def from_uri(cls, uri: str) -> AppAccount:
        """The account an ``otpauth://totp/`` URI describes; ValueError if it is none."""
        parsed = pyotp.parse_uri(uri)
        if not isinstance(parsed, pyotp.TOTP):
            raise ValueError("not a time-based (TOTP) key")
        return cls(uri, parsed)

    @property
    def issuer(self) -> str:
        return self.totp.issuer or ""

    @property
    def name(self) -> str:
        return self.totp.name or ""

    @property
    def period(self) -> int:
        return int(self.totp.interval)

    def code_at(self, instant: datetime) -> str:
        return self.totp.at(instant)


@dataclass
class _Device:
    credential_hash: bytes
    accounts: list[AppAccount] = field(default_factory=list)


class AuthenticatorDevices:
    """The phones that run the app: device id → its credential's hash and its accounts."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._devices: dict[str, _Device] = {}

    def add(self, world: World) -> str:
        """A new phone with an empty app: the credential the phone keeps as its cookie."""
        device_id = random_token(world, "csam.authenticator.device", 16)
        secret = random_token(world, "csam.authenticator.secret", 32)
        with self._lock:
            self._devices[device_id] = _Device(_hash(secret))
        return f"{device_id}.{secret}"

    def _device(self, credential: str | None) -> _Device | None:
        device_id, _, secret = (credential or "").partition(".")
        with self._lock:
            found = self._devices.get(device_id)
        if found is None or not hmac.compare_digest(_hash(secret), found.credential_hash):
            return None
        return found

    def accounts(self, credential: str | None) -> list[AppAccount]:
        """The accounts in the app of this phone (none for an unknown phone)."""
        device = self._device(credential)
        if device is None:
            return []
        with self._lock:
            return list(device.accounts)

    def put(self, credential: str, account: AppAccount) -> bool:
        """Keep ``account`` in this phone's app, in place of one with the same issuer and name
        (scanning a new QR code for the same account replaces the old key)."""
        device = self._device(credential)
        if device is None:
            return False
        with self._lock:
            device.accounts = [
                kept
                for kept in device.accounts
                if (kept.issuer, kept.name) != (account.issuer, account.name)
            ]
            device.accounts.append(account)
        return True


def _hash(secret: str) -> bytes:
    return hashlib.sha256(secret.encode()).digest()


def authenticator_devices(world: World) -> AuthenticatorDevices:
    return world.state(STATE_KEY, AuthenticatorDevices)
