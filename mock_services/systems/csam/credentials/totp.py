"""The mobile app's security codes: TOTP (RFC 6238) with SHA-1, a 30-second step and 6
digits, on the world clock, accepting one step before and after (clock drift)."""

from __future__ import annotations

import base64
from datetime import datetime

import pyotp

from mock_services.world import World

DIGITS = 6
STEP_SECONDS = 30
TOLERANCE_STEPS = 1
ISSUER = "CSAM"
SECRET_BYTES = 20
"""160 bits, the length RFC 4226 recommends for HMAC-SHA-1."""


def new_secret(world: World) -> str:
    """A base32 secret drawn from the world's seeded stream."""
    raw = world.random("csam:totp-secret").randbytes(SECRET_BYTES)
    return base64.b32encode(raw).decode("ascii")


def _totp(secret: str) -> pyotp.TOTP:
    return pyotp.TOTP(secret, digits=DIGITS, interval=STEP_SECONDS, issuer=ISSUER)


def code_at(secret: str, instant: datetime) -> str:
    return _totp(secret).at(instant)


def current_code(world: World, secret: str) -> str:
    """The code the authenticator app shows now (on the world clock)."""
    return code_at(secret, world.clock.now())


def verify(world: World, secret: str, code: str) -> bool:
    """Whether ``code`` is the code of this step, the one before or the one after."""
    code = code.strip()
    if not (code.isdigit() and len(code) == DIGITS):
        return False
    return _totp(secret).verify(code, for_time=world.clock.now(), valid_window=TOLERANCE_STEPS)


def provisioning_uri(secret: str, username: str) -> str:
    """The ``otpauth://`` URI an authenticator app reads from the QR code."""
    return _totp(secret).provisioning_uri(name=username, issuer_name=ISSUER)
