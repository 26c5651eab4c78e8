"""The SMS network's knobs on the control API: read and empty what was delivered, issue SIMs.

GET    /api/sms/messages[?to=+32470123456]  every message (to one number), oldest first
DELETE /api/sms/messages                    forget every message
POST   /api/sms/sims  {"number": "+32…"}    the SIM cookie that binds a phone to a number
"""

from __future__ import annotations

from typing import Any

from flask import Blueprint, jsonify, request
from werkzeug.exceptions import BadRequest
from werkzeug.wrappers import Response

from mock_services.systems.sms.network import sms_network
from mock_services.systems.sms.numbers import from_query, is_e164
from mock_services.systems.sms.phone_app import SERVICE as PHONE_SERVICE
from mock_services.systems.sms.sim import SIM_COOKIE, issue_sim
from mock_services.world import World


def _number(value: object, name: str) -> str:
    if not isinstance(value, str) or not is_e164(value):
        raise BadRequest(
            f"'{name}' must be a phone number in E.164 form (+32470123456), not {value!r}"
        )
    return value


def create_controls(world: World) -> Blueprint:
    controls = Blueprint("sms_controls", __name__, url_prefix="/api/sms")

    @controls.get("/messages")
    def messages() -> Response:
        recipient = request.args.get("to")
        if recipient is not None:
            recipient = _number(from_query(recipient), "to")
        return jsonify([message.to_json() for message in sms_network(world).messages(recipient)])

    @controls.delete("/messages")
    def clear() -> dict[str, Any]:
        return {"deleted": sms_network(world).clear()}

    @controls.post("/sims")
    def sim() -> dict[str, Any]:
        body = request.get_json(silent=True)
        if not isinstance(body, dict):
            raise BadRequest("the request body must be a JSON object with 'number'")
        number = _number(body.get("number"), "number")
        return {
            "number": number,
            "cookie": {
                "name": SIM_COOKIE,
                "value": issue_sim(world, number),
                "url": world.url(PHONE_SERVICE, "/"),
            },
        }

    return controls
