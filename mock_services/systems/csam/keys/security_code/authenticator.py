"""The authenticator app on the person's phone: it shows the current code of the mobile-app key.

Served by CSAM as a mobile web page (``APP_PATH``) and bound to the phone like the itsme app:
the phone keeps a device cookie (HttpOnly), CSAM keeps only its SHA-256 and the account it
belongs to. Test persons' phones get it through the control API (``controls.py``), as if the
person had scanned the QR code during activation before the scenario started. The code is
TOTP on the world clock (``credentials.totp``), so it changes as the world's time moves.
"""

from __future__ import annotations

import hashlib
import hmac
import threading

from flask import Blueprint, render_template, request

from mock_services.systems.csam.credentials import credentials, totp
from mock_services.web import Rendered, world_of
from mock_services.world import World
from mock_services.world.tokens import random_token

APP_PATH = "/authenticator"
DEVICE_COOKIE = "csam_authenticator"
STATE_KEY = "csam.authenticator.devices"


class AuthenticatorDevices:
    """The phones that hold an account's secret: device id → (secret hash, national number)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._devices: dict[str, tuple[bytes, str]] = {}

    def add(self, world: World, national_number: str) -> str:
        """Bind a new phone to the account: the credential the phone keeps as its cookie."""
        device_id = random_token(world, "csam.authenticator.device", 16)
        secret = random_token(world, "csam.authenticator.secret", 32)
        with self._lock:
            self._devices[device_id] = (_hash(secret), national_number)
        return f"{device_id}.{secret}"

    def owner(self, credential: str | None) -> str | None:
        """The national number whose account this phone holds, or None."""
        device_id, _, secret = (credential or "").partition(".")
        with self._lock:
            found = self._devices.get(device_id)
        if found is None or not hmac.compare_digest(_hash(secret), found[0]):
            return None
        return found[1]


def _hash(secret: str) -> bytes:
    return hashlib.sha256(secret.encode()).digest()


def authenticator_devices(world: World) -> AuthenticatorDevices:
    return world.state(STATE_KEY, AuthenticatorDevices)


routes = Blueprint("authenticator", __name__)


@routes.get(APP_PATH)
def app_home() -> Rendered:
    world = world_of()
    owner = authenticator_devices(world).owner(request.cookies.get(DEVICE_COOKIE))
    account = credentials(world).get(owner) if owner else None
    if account is None or not account.totp_secret:
        return render_template("authenticator_empty.html"), 200
    code = totp.current_code(world, account.totp_secret)
    seconds_left = totp.STEP_SECONDS - int(world.clock.now().timestamp()) % totp.STEP_SECONDS
    return render_template(
        "authenticator.html",
        username=account.username,
        code=f"{code[:3]} {code[3:]}",
        seconds_left=seconds_left,
    ), 200
