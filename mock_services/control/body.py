"""The JSON bodies of control requests: declared per endpoint, read strictly.

An endpoint declares the fields it takes with ``@fields(Field(...), ...)``; ``json_body()``
then refuses what a careless client might send by mistake (a body that is not JSON, JSON
sent as ``text/plain``, a field of another endpoint) instead of acting as if no body had come,
and ``GET /api`` lists the same declarations.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal, TypeVar

from flask import current_app, request
from werkzeug.exceptions import BadRequest

ViewT = TypeVar("ViewT", bound=Callable[..., Any])
FIELDS_ATTRIBUTE = "control_fields"


class BadControlRequest(BadRequest):
    """A control request the world refuses; nothing has changed."""


@dataclass(frozen=True)
class Field:
    name: str
    type: str
    """As ``GET /api`` shows it: "integer", "number", "string", "string or null"."""
    description: str
    required: bool = False
    where: Literal["body", "path"] = "body"

    def describe(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "in": self.where,
            "type": self.type,
            "required": self.required or self.where == "path",
            "description": self.description,
        }


def fields(*declared: Field) -> Callable[[ViewT], ViewT]:
    """Declare the JSON body fields of a control endpoint (and describe its path parameters)."""

    def mark(view: ViewT) -> ViewT:
        setattr(view, FIELDS_ATTRIBUTE, declared)
        return view

    return mark


def declared_fields(view: Callable[..., Any]) -> tuple[Field, ...]:
    found: tuple[Field, ...] = getattr(view, FIELDS_ATTRIBUTE, ())
    return found


def _parse(data: bytes) -> Any:
    try:
        return json.loads(data)
    except UnicodeDecodeError:
        raise BadControlRequest("the request body must be UTF-8 JSON") from None
    except json.JSONDecodeError as error:
        raise BadControlRequest(f"the request body is not valid JSON: {error}") from None
    except ValueError:  # Python reads integers of at most 4300 digits
        raise BadControlRequest("the request body holds a number with too many digits") from None


def _read() -> dict[str, Any]:
    data = request.get_data(cache=True)
    if not data.strip():
        return {}
    if not request.is_json:
        raise BadControlRequest(
            f"send the body as JSON with 'Content-Type: application/json', "
            f"not {request.mimetype or 'no content type'!r}"
        )
    body = _parse(data)
    if not isinstance(body, dict):
        raise BadControlRequest("the request body must be a JSON object")
    return body


def json_body() -> dict[str, Any]:
    """The current request's JSON object, with only the fields its endpoint declares; an
    empty body is an empty object."""
    body = _read()
    view = current_app.view_functions[request.endpoint or ""]
    declared = [field for field in declared_fields(view) if field.where == "body"]
    known = {field.name for field in declared}
    unknown = sorted(set(body) - known)
    if unknown:
        takes = ", ".join(sorted(known)) or "no fields"
        named = ", ".join(map(repr, unknown))
        raise BadControlRequest(f"unknown field(s) {named}; this endpoint takes {takes}")
    for field in declared:
        if field.required and field.name not in body:
            raise BadControlRequest(f"the field {field.name!r} is required: {field.description}")
    return body
