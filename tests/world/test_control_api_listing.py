"""``GET /api`` lists every endpoint of the control API, read from the app itself."""

from __future__ import annotations

from flask import Blueprint
from flask.testing import FlaskClient

from mock_services.control import WorldClient, create_app
from mock_services.hosting.spec import SystemSpec
from mock_services.world import World


def _knob_blueprint(world: World) -> Blueprint:
    knobs = Blueprint("knobs", __name__, url_prefix="/api/knob")

    @knobs.post("/<name>/turn")
    def turn(name: str) -> dict[str, str]:
        """Turn the knob of a test system."""
        return {"turned": name}

    return knobs


KNOB_SYSTEM = SystemSpec(
    name="knob", display_name="Knob", description="a test system", controls=_knob_blueprint
)


def _listing(client: FlaskClient) -> dict[tuple[str, str], dict[str, object]]:
    answer = client.get("/api")
    assert answer.status_code == 200
    return {(entry["method"], entry["path"]): entry for entry in answer.get_json()["endpoints"]}


def test_every_route_is_listed_with_a_description() -> None:
    app = create_app(World())
    listed = _listing(app.test_client())
    routes = {
        (method, rule.rule)
        for rule in app.url_map.iter_rules()
        for method in rule.methods or ()
        if method not in ("HEAD", "OPTIONS")
    }
    assert set(listed) == routes
    assert {
        ("GET", "/api"),
        ("GET", "/api/world"),
        ("POST", "/api/reset"),
        ("POST", "/api/clock/advance"),
        ("POST", "/api/clock/set"),
        ("PUT", "/api/faults/<service>"),
    } <= routes
    assert all(entry["description"] for entry in listed.values())


def test_parameters_are_listed_with_their_type() -> None:
    listed = _listing(create_app(World()).test_client())
    reset = listed[("POST", "/api/reset")]["parameters"]
    assert isinstance(reset, list)
    seed = next(parameter for parameter in reset if parameter["name"] == "seed")
    assert seed == {
        "name": "seed",
        "in": "body",
        "type": "integer",
        "required": False,
        "description": "the seed until the next reset (default: the world's own)",
    }
    faults = listed[("PUT", "/api/faults/<service>")]["parameters"]
    assert isinstance(faults, list)
    assert [(p["name"], p["in"], p["required"]) for p in faults] == [
        ("service", "path", True),
        ("fault", "body", True),
    ]


def test_the_controls_of_a_system_are_listed() -> None:
    listed = _listing(create_app(World(), [KNOB_SYSTEM]).test_client())
    knob = listed[("POST", "/api/knob/<name>/turn")]
    assert knob["description"] == "Turn the knob of a test system."
    assert knob["parameters"] == [
        {"name": "name", "in": "path", "type": "string", "required": True}
    ]


def test_the_client_reads_the_listing(world: World) -> None:
    endpoints = WorldClient(world.url("control")).endpoints()
    assert {"method": "GET", "path": "/api"} in [
        {"method": entry["method"], "path": entry["path"]} for entry in endpoints
    ]
