"""The SMS network on the control API: GET and DELETE /api/sms/messages, SIMs for phones."""

from __future__ import annotations

from datetime import timedelta

import pytest
from flask.testing import FlaskClient

from mock_services.control import create_app
from mock_services.systems.sms.network import Sms, sms_network
from mock_services.systems.sms.sim import number_of
from mock_services.systems.sms.spec import SPEC
from mock_services.world import World

AN, EMMA = "+32470123456", "+32474567890"


@pytest.fixture
def world() -> World:
    world = World()
    world.urls.update({"control": "http://127.0.0.2:1", "sms_phone": "http://127.0.0.9:2"})
    return world


@pytest.fixture
def client(world: World) -> FlaskClient:
    return create_app(world, [SPEC]).test_client()


def deliver(world: World, recipient: str, text: str) -> None:
    network = sms_network(world)
    network.deliver(Sms(f"m{network.count()}", "8836", recipient, text, world.clock.now(), "itsme"))


def test_messages_to_one_number(client: FlaskClient, world: World) -> None:
    deliver(world, AN, "first")
    world.clock.advance(timedelta(seconds=90))
    deliver(world, EMMA, "for Emma")
    deliver(world, AN, "second")
    # The query as people type it: the + unencoded (form decoding makes it a space).
    for query in ("to=+32470123456", "to=%2B32470123456"):
        answer = client.get(f"/api/sms/messages?{query}")
        assert answer.status_code == 200
        assert answer.get_json() == [
            {"from": "8836", "to": AN, "text": "first", "date": "2026-03-02T08:30:00+00:00"},
            {"from": "8836", "to": AN, "text": "second", "date": "2026-03-02T08:31:30+00:00"},
        ]
    assert len(client.get("/api/sms/messages").get_json()) == 3


@pytest.mark.parametrize("number", ["0470123456", "+32 470", "abc", ""])
def test_a_malformed_number_is_a_clear_400(client: FlaskClient, number: str) -> None:
    answer = client.get("/api/sms/messages", query_string={"to": number})
    assert answer.status_code == 400
    assert "'to' must be a phone number in E.164 form" in answer.get_json()["error"]


def test_delete_forgets_every_message(client: FlaskClient, world: World) -> None:
    deliver(world, AN, "one")
    deliver(world, EMMA, "two")
    assert client.delete("/api/sms/messages").get_json() == {"deleted": 2}
    assert client.get("/api/sms/messages").get_json() == []


def test_a_sim_binds_a_phone_to_its_number(client: FlaskClient, world: World) -> None:
    answer = client.post("/api/sms/sims", json={"number": AN}).get_json()
    cookie = answer["cookie"]
    assert cookie["name"] == "sms_sim"
    assert cookie["url"] == "http://127.0.0.9:2/"
    assert number_of(world, cookie["value"]) == AN
    assert number_of(world, cookie["value"] + "x") is None


@pytest.mark.parametrize("body", [{}, {"number": "0470123456"}, [AN]])
def test_a_sim_needs_an_e164_number(client: FlaskClient, body: object) -> None:
    answer = client.post("/api/sms/sims", json=body)
    assert answer.status_code == 400
    assert "E.164" in answer.get_json()["error"] or "JSON object" in answer.get_json()["error"]
