"""itsme's knobs on the control API.

    POST /api/itsme/devices  {"phone": "+32470123456"}

registers a device of that number's itsme account and answers the cookie the phone is to
keep, as if the person had enrolled on this phone before the scenario started. The harness
installs it into the phone's browser context; nothing else pairs a phone with an account.
"""

from __future__ import annotations

from typing import Any

from flask import Blueprint, request
from werkzeug.exceptions import BadRequest

from mock_services.systems.itsme.accounts import itsme_account
from mock_services.systems.itsme.devices import APP_PATH, DEVICE_COOKIE, register_device
from mock_services.world import World


def create_controls(world: World) -> Blueprint:
    controls = Blueprint("itsme_controls", __name__, url_prefix="/api/itsme")

    @controls.post("/devices")
    def device() -> dict[str, Any]:
        body = request.get_json(silent=True)
        phone = body.get("phone") if isinstance(body, dict) else None
        if not isinstance(phone, str):
            raise BadRequest("the request body must be a JSON object with 'phone' (E.164)")
        if itsme_account(world, phone) is None:
            raise BadRequest(f"{phone!r} has no itsme account")
        return {
            "phone": phone,
            "cookie": {
                "name": DEVICE_COOKIE,
                "value": register_device(world, phone),
                "url": world.url("itsme", APP_PATH),
                "httpOnly": True,
                "sameSite": "Lax",
            },
        }

    return controls
