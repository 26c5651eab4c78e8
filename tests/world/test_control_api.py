from __future__ import annotations

from datetime import timedelta

import pytest
from flask.testing import FlaskClient

from mock_services.control import create_app
from mock_services.world import World
from mock_services.world.faults import Fault


@pytest.fixture
def world() -> World:
    world = World()
    world.urls.update({"control": "http://127.0.0.2:1", "csam": "http://127.0.0.6:2"})
    return world


@pytest.fixture
def client(world: World) -> FlaskClient:
    return create_app(world).test_client()


def test_summary_shows_seed_clock_urls_and_faults(client: FlaskClient, world: World) -> None:
    summary = client.get("/api/world").get_json()
    assert summary["seed"] == world.seed
    assert summary["now"] == "2026-03-02T08:30:00+00:00"
    assert summary["urls"]["csam"] == "http://127.0.0.6:2"
    assert summary["faults"] == {}


def test_advance_moves_the_world_clock(client: FlaskClient, world: World) -> None:
    answer = client.post("/api/clock/advance", json={"seconds": 1200})
    assert answer.status_code == 200
    assert world.clock.now() == world.settings.start + timedelta(minutes=20)


@pytest.mark.parametrize("seconds", [-1, "ten", None, True])
def test_advance_refuses_bad_durations(client: FlaskClient, world: World, seconds: object) -> None:
    answer = client.post("/api/clock/advance", json={"seconds": seconds})
    assert answer.status_code == 400
    assert "'seconds' must be a number of seconds from 0 to" in answer.get_json()["error"]
    assert world.clock.now() == world.settings.start


def test_faults_are_set_and_cleared(client: FlaskClient, world: World) -> None:
    assert client.put("/api/faults/csam", json={"fault": "maintenance"}).status_code == 200
    assert world.faults.get("csam") is Fault.MAINTENANCE
    assert client.put("/api/faults/csam", json={"fault": None}).status_code == 200
    assert world.faults.get("csam") is None


def test_unknown_fault_and_service_are_refused(client: FlaskClient, world: World) -> None:
    bad_fault = client.put("/api/faults/csam", json={"fault": "on fire"})
    assert bad_fault.status_code == 400
    assert "'fault' must be one of 'maintenance', 'down'" in bad_fault.get_json()["error"]
    bad_service = client.put("/api/faults/itsme", json={"fault": "down"})
    assert bad_service.status_code == 400
    assert "unknown service 'itsme'; known services: csam" in bad_service.get_json()["error"]
    assert world.faults.active() == {}


def test_reset_takes_an_optional_integer_seed(client: FlaskClient, world: World) -> None:
    world.clock.advance(timedelta(hours=1))
    assert client.post("/api/reset", json={"seed": 42}).get_json()["seed"] == 42
    assert world.clock.now() == world.settings.start
    refused = client.post("/api/reset", json={"seed": "42"})
    assert refused.status_code == 400
    assert "'seed' must be an integer" in refused.get_json()["error"]


def test_body_must_be_a_json_object(client: FlaskClient) -> None:
    answer = client.post("/api/clock/advance", json=[1, 2])
    assert answer.status_code == 400
    assert answer.get_json()["error"] == "the request body must be a JSON object"
