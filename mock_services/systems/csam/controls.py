"""CSAM's knobs on the control API.

    POST /api/csam/accounts  {"person": "fatima", "email": "…", "username": "…",
                              "password": "…", "keys": ["email", "app", "token"]}

creates the person's digital keys, activated, as if the registration office and the person
had done so before the scenario started (the features of the office itself go through its
pages); it answers the token card's codes.

    POST /api/csam/authenticator  {"username": "fatima.elamrani"}

puts that account's mobile-app key in a new phone's authenticator app, as scanning its QR
code would, and answers the cookie the phone is to keep (the features that activate the key
scan the QR code of the activation page instead).
"""

from __future__ import annotations

from typing import Any

from flask import Blueprint, request
from werkzeug.exceptions import BadRequest

from mock_services.systems.csam.credentials import PolicyError, credentials, totp
from mock_services.systems.csam.keys.security_code.authenticator import APP_PATH, DEVICE_COOKIE
from mock_services.systems.csam.keys.security_code.authenticator_devices import (
    AppAccount,
    authenticator_devices,
)
from mock_services.world import World
from mock_services.world.people import persons

KEYS = ("email", "app", "token")


def create_controls(world: World) -> Blueprint:
    controls = Blueprint("csam_controls", __name__, url_prefix="/api/csam")

    @controls.post("/accounts")
    def account() -> dict[str, Any]:
        body = request.get_json(silent=True)
        if not isinstance(body, dict):
            raise BadRequest("the request body must be a JSON object")
        fields = {name: body.get(name) for name in ("person", "email", "username", "password")}
        if not all(isinstance(value, str) and value for value in fields.values()):
            raise BadRequest("give 'person', 'email', 'username' and 'password' as strings")
        keys = body.get("keys", list(KEYS))
        if not isinstance(keys, list) or not set(keys) <= set(KEYS):
            raise BadRequest(f"'keys' must be a list of {', '.join(KEYS)}")
        person = persons().get(str(fields["person"]))
        if person is None:
            raise BadRequest(f"no test person {fields['person']!r}")
        store = credentials(world)
        created = store.register(person.national_number, str(fields["email"]))
        try:
            store.set_login(world, created, str(fields["username"]), str(fields["password"]))
        except PolicyError as error:
            raise BadRequest(f"the username or password breaks the policy: {error}") from None
        created.email_code_active = "email" in keys
        if "app" in keys:
            store.start_totp(world, created)
            created.totp_active = True
        codes = store.issue_token_card(world, created) if "token" in keys else ()
        return {"username": created.username, "token_codes": list(codes)}

    @controls.post("/authenticator")
    def authenticator() -> dict[str, Any]:
        body = request.get_json(silent=True)
        username = body.get("username") if isinstance(body, dict) else None
        if not isinstance(username, str):
            raise BadRequest("the request body must be a JSON object with 'username'")
        account = credentials(world).by_username(username)
        if account is None or not account.totp_secret:
            raise BadRequest(f"{username!r} has no mobile-app key to put in the app")
        devices = authenticator_devices(world)
        device = devices.add(world)
        uri = totp.provisioning_uri(account.totp_secret, account.username)
        devices.put(device, AppAccount.from_uri(uri))
        return {
            "username": account.username,
            "cookie": {
                "name": DEVICE_COOKIE,
                "value": device,
                "url": world.url("csam", APP_PATH),
                "httpOnly": True,
                "sameSite": "Lax",
            },
        }

    return controls
