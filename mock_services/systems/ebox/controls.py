"""The eBox's knobs on the control API: deliver a document as an institution would, activate
an eBox as a test's starting point, list a person's documents."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, request
from werkzeug.exceptions import BadRequest, NotFound

from mock_services.systems.ebox.activation import MalformedAddressError, activations
from mock_services.systems.ebox.documents import (
    Document,
    DocumentRequest,
    UnknownKindError,
    deliver,
    documents,
)
from mock_services.world import World
from mock_services.world.people import Person, UnknownPersonError, person


def _document_json(document: Document) -> dict[str, Any]:
    return {
        "id": document.id,
        "kind": document.kind,
        "sender": document.sender,
        "title": document.title,
        "received": document.received.isoformat(),
        "read": document.read,
        "notification": document.notification.value if document.notification else None,
    }


def _person(data: dict[str, Any]) -> Person:
    person_id = data.get("person")
    if not isinstance(person_id, str) or not person_id:
        raise BadRequest('give the addressee as "person": a test person\'s id, like "emma"')
    try:
        return person(person_id)
    except UnknownPersonError as error:
        raise NotFound(str(error)) from None


def create_controls(world: World) -> Blueprint:
    controls = Blueprint("ebox_controls", __name__, url_prefix="/api/ebox")

    def body() -> dict[str, Any]:
        data = request.get_json(silent=True)
        if not isinstance(data, dict):
            raise BadRequest("send a JSON object")
        return data

    @controls.post("/documents")
    def send_document() -> tuple[dict[str, Any], int]:
        """``{"person": "emma", "kind": "career_break"}``: an institution sends a document."""
        data = body()
        addressee = _person(data)
        kind = data.get("kind", "career_break")
        try:
            document = deliver(world, DocumentRequest(addressee, str(kind)))
        except UnknownKindError as error:
            raise BadRequest(str(error)) from None
        return _document_json(document), 201

    @controls.get("/documents")
    def list_documents() -> list[dict[str, Any]]:
        """``?person=emma``: that person's documents, newest first."""
        addressee = _person({"person": request.args.get("person")})
        return [_document_json(d) for d in documents(world).of(addressee.national_number)]

    @controls.post("/activations")
    def activate() -> dict[str, str]:
        """``{"person": "emma", "email": "…"}``: an active eBox without the activation pages."""
        data = body()
        addressee = _person(data)
        email = data.get("email", addressee.email)
        try:
            activation = activations(world).activate(addressee.national_number, str(email))
        except MalformedAddressError:
            raise BadRequest(f"'email' must be an e-mail address, not {email!r}") from None
        return {"email": activation.email}

    return controls
