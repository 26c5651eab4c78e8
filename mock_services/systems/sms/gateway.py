"""The gateway's HTTP API, as SMS providers offer it: one POST per message.

    POST /v1/messages
    Authorization: Basic base64(client_id:api_key)
    Content-Type: application/json

    {"from": "8836", "to": "+32470123456", "text": "..."}

answers ``201 Created`` with the message as delivered (its ``id`` and the world-clock
``date``). Every refusal is JSON ``{"error": "..."}`` with a sentence saying what was wrong:
400 for a bad field, 401 without valid credentials, 415 for a body that is not JSON, 503
while the network is in maintenance (with ``Retry-After``). Nothing is delivered then.
"""

from __future__ import annotations

from typing import Any

from flask import Blueprint, jsonify, request
from werkzeug.exceptions import HTTPException
from werkzeug.wrappers import Response

from mock_services.systems.sms.credentials import authenticated_client
from mock_services.systems.sms.network import Sms, sms_network
from mock_services.systems.sms.numbers import is_e164, is_sender
from mock_services.world import World
from mock_services.world.faults import Fault
from mock_services.world.tokens import random_token

API_PREFIX = "/v1/"
MESSAGES_PATH = "/v1/messages"
MAX_TEXT_LENGTH = 1600
"""Ten concatenated segments of 160 characters: what gateways commonly accept."""
RETRY_AFTER_SECONDS = 300


class GatewayError(HTTPException):
    """A refusal with its status code and the sentence that explains it."""

    def __init__(self, code: int, description: str) -> None:
        super().__init__(description)
        self.code = code


def _field(body: dict[str, Any], name: str) -> str:
    value = body.get(name)
    if value is None:
        raise GatewayError(400, f"'{name}' is missing")
    if not isinstance(value, str):
        raise GatewayError(400, f"'{name}' must be a string, not {type(value).__name__}")
    return value


def _body() -> dict[str, Any]:
    if not request.is_json:
        raise GatewayError(415, "the body must be JSON (Content-Type: application/json)")
    body = request.get_json(silent=True)
    if not isinstance(body, dict):
        raise GatewayError(400, "the body must be a JSON object with 'from', 'to' and 'text'")
    return body


def _message(world: World, client: str, body: dict[str, Any]) -> Sms:
    sender, recipient, text = _field(body, "from"), _field(body, "to"), _field(body, "text")
    if not is_sender(sender):
        raise GatewayError(
            400,
            f"'from' must be a short code, an E.164 number or a name of at most 11 letters "
            f"and digits, not {sender!r}",
        )
    if not is_e164(recipient):
        raise GatewayError(
            400, f"'to' must be a phone number in E.164 form (+32470123456), not {recipient!r}"
        )
    if not text.strip():
        raise GatewayError(400, "'text' is empty")
    if len(text) > MAX_TEXT_LENGTH:
        raise GatewayError(
            400, f"'text' has {len(text)} characters; the limit is {MAX_TEXT_LENGTH}"
        )
    return Sms(
        id=random_token(world, "sms.message", 20),
        sender=sender,
        recipient=recipient,
        text=text,
        sent_at=world.clock.now(),
        client=client,
    )


def blueprint(world: World, service: str) -> Blueprint:
    api = Blueprint("sms_gateway", __name__)

    @api.before_request
    def _maintenance() -> tuple[Response, int, dict[str, str]] | None:
        if world.faults.get(service) is Fault.MAINTENANCE:
            answer = jsonify(error="the SMS network is in maintenance; try again later")
            return answer, 503, {"Retry-After": str(RETRY_AFTER_SECONDS)}
        return None

    @api.post(MESSAGES_PATH)
    def send() -> tuple[Response, int]:
        credentials = request.authorization
        client = None
        if credentials is not None and credentials.type == "basic":
            client = authenticated_client(
                world, credentials.username or "", credentials.password or ""
            )
        if client is None:
            raise GatewayError(401, "a client id and API key (HTTP Basic) are required")
        message = _message(world, client, _body())
        sms_network(world).deliver(message)
        return jsonify(id=message.id, status="delivered", **message.to_json()), 201

    @api.errorhandler(GatewayError)
    def _refused(error: GatewayError) -> tuple[Response, int, dict[str, str]]:
        headers = {"WWW-Authenticate": 'Basic realm="sms"'} if error.code == 401 else {}
        return jsonify(error=error.description), error.code or 400, headers

    return api
