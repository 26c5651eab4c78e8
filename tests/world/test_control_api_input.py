"""Bad input to the control API: a 400 naming the problem, nothing changed, nothing logged.

Before, an out-of-range clock step was a 500 with a traceback in the log, and a body that
was not JSON (or JSON sent as text/plain) was read as no body at all: ``/api/reset`` reset
the world and ``PUT /api/faults/<service>`` cleared the fault.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import timedelta

import pytest
from flask.testing import FlaskClient

from mock_services.control import create_app
from mock_services.control.api import MAX_ADVANCE_SECONDS
from mock_services.world import World, WorldSettings
from mock_services.world.faults import Fault

JSON = {"Content-Type": "application/json"}


@pytest.fixture
def world() -> World:
    world = World(WorldSettings(seed=7))
    world.urls.update({"control": "http://127.0.0.2:1", "csam": "http://127.0.0.6:2"})
    return world


@pytest.fixture
def client(world: World) -> FlaskClient:
    return create_app(world).test_client()


@pytest.fixture
def moved(world: World) -> Iterator[World]:
    """A world that is not at its start: a reset would show."""
    world.reset(seed=99)
    world.clock.advance(timedelta(minutes=5))
    world.faults.set("csam", Fault.MAINTENANCE)
    before = (world.seed, world.clock.now(), world.faults.active())
    yield world
    assert (world.seed, world.clock.now(), world.faults.active()) == before, "the world changed"


@pytest.fixture(autouse=True)
def no_traceback(caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    with caplog.at_level(logging.DEBUG):
        yield
    logged = [r.getMessage() for r in caplog.records if r.exc_info or r.levelno >= logging.ERROR]
    assert logged == []


RANGE = f"'seconds' must be a number of seconds from 0 to {MAX_ADVANCE_SECONDS}"


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        ('{"seconds": 1e400}', RANGE + " (a century), not inf"),
        ('{"seconds": Infinity}', RANGE + " (a century), not inf"),
        ('{"seconds": -Infinity}', RANGE + " (a century), not -inf"),
        ('{"seconds": NaN}', RANGE + " (a century), not nan"),
        ('{"seconds": 1e15}', RANGE + " (a century), not 1000000000000000.0"),
        ('{"seconds": 123456789012345678901234567890}', RANGE + " (a century), not 12345678"),
        ('{"seconds": ' + "9" * 5000 + "}", "a number with too many digits"),
        ('{"seconds": -0.5}', RANGE + " (a century), not -0.5"),
        ('{"seconds": ' + str(MAX_ADVANCE_SECONDS + 1) + "}", RANGE),
        ('{"seconds": "60"}', RANGE),
        ("{}", "the field 'seconds' is required"),
    ],
    ids=[
        "1e400",
        "Infinity",
        "-Infinity",
        "NaN",
        "1e15",
        "30 digits",
        "5000 digits",
        "<0",
        ">max",
        "text",
        "missing",
    ],
)
def test_an_out_of_range_clock_step_is_refused_with_the_range(
    client: FlaskClient, moved: World, body: str, problem: str
) -> None:
    answer = client.post("/api/clock/advance", data=body, headers=JSON)
    assert answer.status_code == 400
    assert problem in answer.get_json()["error"]


def test_the_largest_step_is_taken(client: FlaskClient, world: World) -> None:
    answer = client.post("/api/clock/advance", json={"seconds": MAX_ADVANCE_SECONDS})
    assert answer.status_code == 200
    assert world.clock.now() == world.settings.start + timedelta(seconds=MAX_ADVANCE_SECONDS)


def test_a_step_past_the_calendar_is_refused(client: FlaskClient, world: World) -> None:
    client.post("/api/clock/set", json={"now": "9990-01-01T00:00:00Z"})
    answer = client.post("/api/clock/advance", json={"seconds": MAX_ADVANCE_SECONDS})
    assert answer.status_code == 400
    assert "past the year 9999" in answer.get_json()["error"]


@pytest.mark.parametrize(
    ("body", "headers", "problem"),
    [
        ("{bad", JSON, "not valid JSON"),
        ('{"seed": 42', JSON, "not valid JSON"),
        ('{"seed": 42}', {"Content-Type": "text/plain"}, "'Content-Type: application/json'"),
        ('{"seed": 42}', {}, "'Content-Type: application/json'"),
        ("null", JSON, "must be a JSON object"),
        ("[42]", JSON, "must be a JSON object"),
        (b'{"seed": "\xff"}', JSON, "UTF-8"),
        ('{"sed": 42}', JSON, "unknown field(s) 'sed'; this endpoint takes seed, start"),
        ('{"seed": "42"}', JSON, "'seed' must be an integer"),
        ('{"start": "2026-03-02T09:00:00"}', JSON, "has no UTC offset"),
    ],
    ids=[
        "invalid",
        "truncated",
        "text/plain",
        "no type",
        "null",
        "array",
        "not utf-8",
        "unknown field",
        "seed as text",
        "naive start",
    ],
)
def test_a_bad_reset_changes_nothing(
    client: FlaskClient, moved: World, body: str | bytes, headers: dict[str, str], problem: str
) -> None:
    answer = client.post("/api/reset", data=body, headers=headers)
    assert answer.status_code == 400
    assert problem in answer.get_json()["error"]


def test_an_empty_reset_means_the_default_seed(client: FlaskClient, world: World) -> None:
    world.reset(seed=99)
    world.clock.advance(timedelta(minutes=5))
    answer = client.post("/api/reset")
    assert answer.status_code == 200
    assert (world.seed, world.clock.now()) == (7, world.settings.start)


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        ("{bad", "not valid JSON"),
        ("", "the field 'fault' is required"),
        ("{}", "the field 'fault' is required"),
        ('{"fault": ["down"]}', "'fault' must be one of"),
        ('{"fault": "down", "for": 3}', "unknown field(s) 'for'"),
    ],
    ids=["invalid", "empty", "no fault", "list", "unknown field"],
)
def test_a_bad_fault_request_keeps_the_fault(
    client: FlaskClient, moved: World, body: str, problem: str
) -> None:
    answer = client.put("/api/faults/csam", data=body, headers=JSON)
    assert answer.status_code == 400
    assert problem in answer.get_json()["error"]


def test_a_body_too_large_is_refused(client: FlaskClient, moved: World) -> None:
    answer = client.post("/api/reset", data='{"seed": 1' + " " * 70_000 + "}", headers=JSON)
    assert answer.status_code == 413
    assert answer.get_json()["error"]
