"""The authenticator app on the person's phone: it adds an account by photographing the QR
code of the activation page, and shows the current code of each account it holds.

Served by CSAM as a mobile web page (``APP_PATH``), bound to the phone by a device cookie
(``authenticator_devices``). The camera is the phone browser's file input with ``capture``;
the app reads the QR code in the photo (``qr_photo``). Test persons whose keys the control API
made get the account put in their phone's app the same way as scanning would
(``controls.py``). The codes are TOTP on the world clock, so they change as its time moves.
"""

from __future__ import annotations

from flask import Blueprint, redirect, render_template, request, url_for
from werkzeug.wrappers import Response

from mock_services.systems.csam.keys.security_code.authenticator_devices import (
    authenticator_devices,
)
from mock_services.systems.csam.keys.security_code.qr_photo import ScanError, read_account
from mock_services.web import Rendered, world_of

APP_PATH = "/authenticator"
SCAN_PATH = f"{APP_PATH}/scannen"
DEVICE_COOKIE = "csam_authenticator"

routes = Blueprint("authenticator", __name__)


@routes.get(APP_PATH)
def app_home() -> Rendered:
    world = world_of()
    accounts = authenticator_devices(world).accounts(request.cookies.get(DEVICE_COOKIE))
    if not accounts:
        return render_template("authenticator_empty.html"), 200
    now = world.clock.now()
    shown = [
        {
            "issuer": account.issuer,
            "name": account.name,
            "code": _spaced(account.code_at(now)),
            "seconds_left": account.period - int(now.timestamp()) % account.period,
        }
        for account in accounts
    ]
    return render_template("authenticator.html", accounts=shown), 200


@routes.get(SCAN_PATH)
def scan() -> Rendered:
    return render_template("authenticator_scan.html", problem=""), 200


@routes.post(SCAN_PATH)
def add_scanned() -> Response | Rendered:
    """The photo of a QR code: its account joins the app (a new phone gets its cookie)."""
    world = world_of()
    photo = request.files.get("photo")
    try:
        account = read_account(photo.read() if photo else b"")
    except ScanError as error:
        return render_template("authenticator_scan.html", problem=str(error.problem)), 400
    devices = authenticator_devices(world)
    credential = request.cookies.get(DEVICE_COOKIE, "")
    new_device = not devices.put(credential, account)
    if new_device:
        credential = devices.add(world)
        devices.put(credential, account)
    answer = redirect(url_for("authenticator.app_home"))
    if new_device:
        answer.set_cookie(DEVICE_COOKIE, credential, path=APP_PATH, httponly=True, samesite="Lax")
    return answer


def _spaced(code: str) -> str:
    """``123 456``: the code in two halves, as authenticator apps show it."""
    half = len(code) // 2
    return f"{code[:half]} {code[half:]}"
