"""JSON endpoints over the world: reset it, move its clock, inject faults, read its state.

Every bad request gets a 400 with a sentence saying what was wrong; nothing changes then.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from flask import Flask, jsonify, request
from werkzeug.exceptions import HTTPException
from werkzeug.wrappers import Response

from mock_services.world import World
from mock_services.world.faults import Fault

if TYPE_CHECKING:
    from mock_services.hosting.spec import SystemSpec


class BadControlRequest(HTTPException):
    code = 400


def _json_body() -> dict[str, Any]:
    body = request.get_json(silent=True)
    if body is None:
        body = {}
    if not isinstance(body, dict):
        raise BadControlRequest("the request body must be a JSON object")
    return body


def _summary(world: World) -> dict[str, Any]:
    return {
        "seed": world.seed,
        "now": world.clock.now().isoformat(),
        "urls": dict(world.urls),
        "faults": {service: str(fault) for service, fault in world.faults.active().items()},
    }


def create_app(world: World, systems: Iterable[SystemSpec] = ()) -> Flask:
    """The control API, with the test-facing knobs each system declares (``controls``)."""
    app = Flask(__name__)
    for spec in systems:
        if spec.controls is not None:
            app.register_blueprint(spec.controls(world))

    @app.get("/_health")
    def health() -> dict[str, str]:
        return {"service": "control", "status": "ok"}

    @app.get("/api/world")
    def summary() -> dict[str, Any]:
        return _summary(world)

    @app.post("/api/reset")
    def reset() -> dict[str, Any]:
        seed = _json_body().get("seed")
        if seed is not None and (not isinstance(seed, int) or isinstance(seed, bool)):
            raise BadControlRequest(f"'seed' must be an integer, not {seed!r}")
        world.reset(seed)
        return _summary(world)

    @app.post("/api/clock/advance")
    def advance() -> dict[str, Any]:
        seconds = _json_body().get("seconds")
        if not isinstance(seconds, int | float) or isinstance(seconds, bool) or seconds < 0:
            raise BadControlRequest(f"'seconds' must be a number of seconds >= 0, not {seconds!r}")
        world.clock.advance(timedelta(seconds=seconds))
        return _summary(world)

    @app.put("/api/faults/<service>")
    def set_fault(service: str) -> dict[str, Any]:
        if service not in world.urls or service == "control":
            known = ", ".join(sorted(name for name in world.urls if name != "control"))
            raise BadControlRequest(f"unknown service {service!r}; known services: {known}")
        value = _json_body().get("fault")
        if value is None:
            world.faults.set(service, None)
        else:
            try:
                world.faults.set(service, Fault(value))
            except ValueError:
                choices = ", ".join(repr(str(fault)) for fault in Fault)
                raise BadControlRequest(
                    f"'fault' must be one of {choices} or null, not {value!r}"
                ) from None
        return _summary(world)

    @app.errorhandler(HTTPException)
    def error(exc: HTTPException) -> tuple[Response, int]:
        return jsonify(error=exc.description or exc.name), exc.code or 500

    return app
