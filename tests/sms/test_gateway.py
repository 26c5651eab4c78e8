"""The gateway's HTTP API: what it delivers and every refusal, on the app alone."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from flask.testing import FlaskClient

from mock_services.systems.sms.app import create_app
from mock_services.systems.sms.credentials import api_key
from mock_services.systems.sms.gateway import MAX_TEXT_LENGTH, MESSAGES_PATH
from mock_services.systems.sms.network import sms_network
from mock_services.world import World, WorldSettings
from mock_services.world.faults import Fault

MESSAGE = {"from": "8836", "to": "+32470123456", "text": "Je controlecode is 12345."}


@pytest.fixture
def world() -> World:
    return World()


@pytest.fixture
def client(world: World) -> FlaskClient:
    return create_app(world).test_client()


def send(client: FlaskClient, world: World, body: Any, client_id: str = "itsme") -> Any:
    return client.post(MESSAGES_PATH, json=body, auth=(client_id, api_key(world, client_id)))


def test_a_message_is_delivered_at_world_time(client: FlaskClient, world: World) -> None:
    world.clock.advance(timedelta(minutes=7))
    answer = send(client, world, MESSAGE)
    assert answer.status_code == 201
    body = answer.get_json()
    assert body["status"] == "delivered"
    assert {key: body[key] for key in MESSAGE} == MESSAGE
    assert body["date"] == "2026-03-02T08:37:00+00:00"
    (delivered,) = sms_network(world).messages("+32470123456")
    assert (delivered.sender, delivered.text) == ("8836", MESSAGE["text"])
    assert delivered.client == "itsme"
    assert delivered.id == body["id"]


@pytest.mark.parametrize(
    ("auth", "why"),
    [
        (None, "no credentials"),
        (("itsme", "wrong-key"), "wrong key"),
        (("csam", "anything"), "not a client of the gateway"),
    ],
)
def test_sending_needs_a_client_and_its_key(
    client: FlaskClient, world: World, auth: tuple[str, str] | None, why: str
) -> None:
    answer = client.post(MESSAGES_PATH, json=MESSAGE, auth=auth)
    assert answer.status_code == 401, why
    assert answer.headers["WWW-Authenticate"].startswith("Basic")
    assert "API key" in answer.get_json()["error"]
    assert sms_network(world).count() == 0


def test_another_clients_key_does_not_work(client: FlaskClient, world: World) -> None:
    answer = client.post(MESSAGES_PATH, json=MESSAGE, auth=("itsme", api_key(world, "csam")))
    assert answer.status_code == 401


@pytest.mark.parametrize(
    ("body", "error"),
    [
        ([MESSAGE], "the body must be a JSON object"),
        ({"to": "+32470123456", "text": "x"}, "'from' is missing"),
        (MESSAGE | {"to": 32470123456}, "'to' must be a string, not int"),
        (MESSAGE | {"to": "0470 12 34 56"}, "'to' must be a phone number in E.164 form"),
        (MESSAGE | {"from": "<b>itsme</b>"}, "'from' must be a short code"),
        (MESSAGE | {"text": "   "}, "'text' is empty"),
        (MESSAGE | {"text": "x" * (MAX_TEXT_LENGTH + 1)}, "the limit is 1600"),
    ],
)
def test_bad_messages_are_refused_with_a_reason(
    client: FlaskClient, world: World, body: Any, error: str
) -> None:
    answer = send(client, world, body)
    assert answer.status_code == 400
    assert error in answer.get_json()["error"]
    assert sms_network(world).count() == 0


def test_a_body_that_is_not_json_is_refused(client: FlaskClient, world: World) -> None:
    answer = client.post(MESSAGES_PATH, data="from=8836", auth=("itsme", api_key(world, "itsme")))
    assert answer.status_code == 415
    assert "Content-Type: application/json" in answer.get_json()["error"]


def test_maintenance_refuses_in_json_and_delivers_nothing(
    client: FlaskClient, world: World
) -> None:
    world.faults.set("sms", Fault.MAINTENANCE)
    answer = send(client, world, MESSAGE)
    assert answer.status_code == 503
    assert answer.headers["Retry-After"] == "300"
    assert "maintenance" in answer.get_json()["error"]
    assert sms_network(world).count() == 0
    world.faults.set("sms", None)
    assert send(client, world, MESSAGE).status_code == 201


def test_the_keys_follow_the_world(world: World) -> None:
    assert api_key(world, "itsme") == api_key(world, "itsme")
    assert api_key(world, "itsme") != api_key(world, "csam")
    assert api_key(world, "itsme") != api_key(World(), "itsme")  # a secret per world
    reproducible = WorldSettings(reproducible_secrets=True)
    assert api_key(World(reproducible), "itsme") == api_key(World(reproducible), "itsme")
