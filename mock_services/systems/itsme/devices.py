"""The phones the itsme app runs on: each bound to one account by a device credential.

Completing enrolment on a phone registers a device: a random id and secret from the world's
seeded stream. The phone keeps ``<id>.<secret>`` as a cookie of the app (HttpOnly, so pages
cannot read it); itsme keeps only the secret's SHA-256. Every screen of the app asks the
registry which account the phone belongs to, so a phone shows and answers only the requests
of its own account. Test persons' phones get a device through the control API, as if they
had enrolled before the scenario started.
"""

from __future__ import annotations

import hashlib
import hmac
import threading
from dataclasses import dataclass, field
from datetime import datetime

from mock_services.world import World
from mock_services.world.tokens import random_token

DEVICE_COOKIE = "itsme_device"
APP_PATH = "/app"
STATE_KEY = "itsme.devices"


@dataclass(frozen=True)
class Device:
    id: str
    phone: str
    """The account's mobile number, E.164."""
    secret_hash: bytes
    registered: datetime


@dataclass
class DeviceRegistry:
    _devices: dict[str, Device] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, device: Device) -> None:
        with self._lock:
            self._devices[device.id] = device

    def phone_of(self, credential: str | None) -> str | None:
        """The account number of the device whose credential this is; None if none is."""
        device_id, _, secret = (credential or "").partition(".")
        with self._lock:
            device = self._devices.get(device_id)
        if device is None or not secret:
            return None
        if not hmac.compare_digest(_hash(secret), device.secret_hash):
            return None
        return device.phone


def _hash(secret: str) -> bytes:
    return hashlib.sha256(secret.encode()).digest()


def devices(world: World) -> DeviceRegistry:
    return world.state(STATE_KEY, DeviceRegistry)


def register_device(world: World, phone: str) -> str:
    """A new device of the account ``phone``: the credential the phone is to keep."""
    device_id = random_token(world, "itsme.device.id", 16)
    secret = random_token(world, "itsme.device.secret", 43)
    devices(world).add(Device(device_id, phone, _hash(secret), world.clock.now()))
    return f"{device_id}.{secret}"
