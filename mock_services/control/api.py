"""JSON endpoints over the world: reset it, move its clock, inject faults, read its state.

Every bad request gets a 400 with a sentence saying what was wrong; nothing changes then.
``GET /api`` lists the endpoints, with what each takes.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from flask import Flask, jsonify
from flask.json.provider import DefaultJSONProvider
from werkzeug.exceptions import HTTPException
from werkzeug.wrappers import Response

from mock_services.control.body import BadControlRequest, Field, fields, json_body
from mock_services.control.listing import endpoints
from mock_services.world import World
from mock_services.world.clock import parse_instant
from mock_services.world.faults import Fault

if TYPE_CHECKING:
    from mock_services.hosting.spec import SystemSpec

MAX_ADVANCE_SECONDS = 100 * 366 * 24 * 3600
"""The longest step of the clock in one call: a century (the test PKI's dates fit in it)."""
MAX_BODY_BYTES = 64 * 1024
TIME_EXAMPLE = "2026-03-02T09:00:00+01:00"


def _summary(world: World) -> dict[str, Any]:
    return {
        "seed": world.seed,
        "now": world.clock.now().isoformat(),
        "urls": dict(world.urls),
        "faults": {service: str(fault) for service, fault in world.faults.active().items()},
    }


def _seed(body: dict[str, Any]) -> int | None:
    seed = body.get("seed")
    if seed is not None and (not isinstance(seed, int) or isinstance(seed, bool)):
        raise BadControlRequest(f"'seed' must be an integer, not {seed!r}")
    return seed


def _instant(body: dict[str, Any], name: str) -> datetime | None:
    value = body.get(name)
    if value is None:
        return None
    if not isinstance(value, str):
        raise BadControlRequest(f"{name!r} must be an ISO 8601 time like {TIME_EXAMPLE}")
    try:
        return parse_instant(value)
    except ValueError as error:
        raise BadControlRequest(f"{name!r}: {error}") from None


def _seconds(body: dict[str, Any]) -> timedelta:
    seconds = body.get("seconds")
    allowed = f"a number of seconds from 0 to {MAX_ADVANCE_SECONDS} (a century)"
    if not isinstance(seconds, int | float) or isinstance(seconds, bool):
        raise BadControlRequest(f"'seconds' must be {allowed}, not {seconds!r}")
    if not (math.isfinite(seconds) and 0 <= seconds <= MAX_ADVANCE_SECONDS):
        raise BadControlRequest(f"'seconds' must be {allowed}, not {_shown(seconds)}")
    return timedelta(seconds=seconds)


def _shown(number: float) -> str:
    text = repr(number)
    return text if len(text) <= 24 else f"{text[:8]}... ({len(text)} digits)"


def create_app(world: World, systems: Iterable[SystemSpec] = ()) -> Flask:
    """The control API, with the test-facing knobs each system declares (``controls``)."""
    app = Flask(__name__, static_folder=None)
    app.config["MAX_CONTENT_LENGTH"] = MAX_BODY_BYTES
    if isinstance(app.json, DefaultJSONProvider):
        app.json.sort_keys = False  # the listing reads best as method, path, description
    for spec in systems:
        if spec.controls is not None:
            app.register_blueprint(spec.controls(world))

    @app.get("/_health")
    def health() -> dict[str, str]:
        """Whether the control API answers."""
        return {"service": "control", "status": "ok"}

    @app.get("/api")
    def listing() -> dict[str, Any]:
        """This list: every endpoint with its method, parameters and what it does."""
        return {"endpoints": endpoints(app)}

    @app.get("/api/world")
    def summary() -> dict[str, Any]:
        """The world's seed, clock, service URLs and active faults."""
        return _summary(world)

    @app.post("/api/reset")
    @fields(
        Field("seed", "integer", "the seed until the next reset (default: the world's own)"),
        Field("start", "string", f"the clock's start until the next reset, like {TIME_EXAMPLE}"),
    )
    def reset() -> dict[str, Any]:
        """Back to the start: clock, randomness, faults and every service's state."""
        body = json_body()
        seed, start = _seed(body), _instant(body, "start")
        world.reset(seed, start)
        return _summary(world)

    @app.post("/api/clock/advance")
    @fields(
        Field("seconds", "number", f"how far to move, 0 to {MAX_ADVANCE_SECONDS}", required=True)
    )
    def advance() -> dict[str, Any]:
        """Move the world's clock forward by a number of seconds."""
        delta = _seconds(json_body())
        try:
            world.clock.advance(delta)
        except ValueError as error:
            raise BadControlRequest(str(error)) from None
        return _summary(world)

    @app.post("/api/clock/set")
    @fields(
        Field("now", "string", f"the new time with its offset, like {TIME_EXAMPLE}", required=True)
    )
    def set_clock() -> dict[str, Any]:
        """Move the world's clock forward to a time (it never goes back: reset for that)."""
        instant = _instant(json_body(), "now")
        if instant is None:
            raise BadControlRequest(f"'now' must be an ISO 8601 time like {TIME_EXAMPLE}")
        try:
            world.clock.set(instant)
        except ValueError as error:
            raise BadControlRequest(str(error)) from None
        return _summary(world)

    @app.put("/api/faults/<service>")
    @fields(
        Field("service", "string", "a service of the world, as /api/world names it", where="path"),
        Field(
            "fault",
            "string or null",
            "'maintenance', 'down', or null to clear the service's fault",
            required=True,
        ),
    )
    def set_fault(service: str) -> dict[str, Any]:
        """Put a service in maintenance, take it down, or clear its fault."""
        if service not in world.urls or service == "control":
            known = ", ".join(sorted(name for name in world.urls if name != "control"))
            raise BadControlRequest(f"unknown service {service!r}; known services: {known}")
        value = json_body()["fault"]
        try:
            fault = None if value is None else Fault(value)
        except (ValueError, TypeError):
            choices = ", ".join(repr(str(fault)) for fault in Fault)
            raise BadControlRequest(
                f"'fault' must be one of {choices} or null, not {value!r}"
            ) from None
        world.faults.set(service, fault)
        return _summary(world)

    @app.errorhandler(HTTPException)
    def error(exc: HTTPException) -> tuple[Response, int]:
        return jsonify(error=exc.description or exc.name), exc.code or 500

    return app
