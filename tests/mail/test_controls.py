"""The mail system's knobs on the control API, and what they refuse."""

from __future__ import annotations

from datetime import datetime

import pytest
from flask.testing import FlaskClient

from mock_services.control import create_app
from mock_services.hosting.registry import system
from mock_services.systems.mail.mailboxes import mailboxes
from mock_services.systems.mail.parsing import parse
from mock_services.world import World
from tests.mail.conftest import AN

RAW = (
    b"From: CSAM <noreply@csam.belgium.be>\r\nTo: an.peeters@example.be\r\n"
    b"Subject: Code\r\nDate: Mon, 02 Mar 2026 09:30:00 +0100\r\n\r\nJe code is 123456.\r\n"
)


@pytest.fixture
def world() -> World:
    return World()


@pytest.fixture
def client(world: World) -> FlaskClient:
    return create_app(world, [system("mail")]).test_client()


def _deliver(world: World, *recipients: str) -> None:
    mailboxes(world).deliver(list(recipients), parse(RAW), RAW, world.clock.now())


def test_messages_of_one_mailbox_newest_last(client: FlaskClient, world: World) -> None:
    _deliver(world, AN)
    _deliver(world, AN, "bram.janssens@example.be")
    answer = client.get("/api/mail/messages", query_string={"to": "An.Peeters@Example.be"})
    assert answer.status_code == 200
    listed = answer.get_json()
    assert [m["id"] for m in listed] == ["1", "2"]
    assert listed[0] == {
        "id": "1",
        "from": "CSAM <noreply@csam.belgium.be>",
        "to": AN,
        "subject": "Code",
        "date": "2026-03-02T09:30:00+01:00",
        "text": "Je code is 123456.\n",
        "html": "",
        "links": [],
    }
    assert datetime.fromisoformat(listed[0]["date"]) == world.clock.now()
    empty = client.get("/api/mail/messages", query_string={"to": "nobody@example.be"})
    assert empty.get_json() == []


@pytest.mark.parametrize(
    ("query", "error"),
    [
        ({}, "give the mailbox as ?to=ADDRESS"),
        ({"to": "  "}, "give the mailbox as ?to=ADDRESS"),
        ({"to": "an.peeters"}, "'to' must be an e-mail address like an@example.be, not "),
        ({"to": "an@example"}, "'to' must be an e-mail address"),
        ({"to": "an@@example.be"}, "'to' must be an e-mail address"),
        ({"to": "An <an@example.be>"}, "'to' must be an e-mail address"),
    ],
)
def test_a_missing_or_malformed_address_is_a_clear_400(
    client: FlaskClient, query: dict[str, str], error: str
) -> None:
    answer = client.get("/api/mail/messages", query_string=query)
    assert answer.status_code == 400
    assert error in answer.get_json()["error"]


def test_delete_empties_every_mailbox(client: FlaskClient, world: World) -> None:
    _deliver(world, AN, "bram.janssens@example.be")
    answer = client.delete("/api/mail/messages")
    assert answer.status_code == 200
    assert answer.get_json() == {"deleted": 2}
    assert client.get("/api/mail/messages", query_string={"to": AN}).get_json() == []


def test_the_outbox_count_is_readable(client: FlaskClient) -> None:
    assert client.get("/api/mail/outbox").get_json() == {"queued": 0}
