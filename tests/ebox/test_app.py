"""The eBox's pages after the CSAM login: activation with its errors, the list, a document,
someone else's document, and maintenance."""

from __future__ import annotations

import re
from datetime import timedelta

from flask.testing import FlaskClient

from mock_services.systems.ebox.documents import DocumentRequest, deliver
from mock_services.world import World
from mock_services.world.faults import Fault
from mock_services.world.people import Person, person
from tests.ebox.conftest import activate, signed_in
from tests.mail.conftest import messages

EMMA = "emma.claes@example.be"


def _code_from_mail(world: World) -> str:
    [mail] = [m for m in messages(world, EMMA) if "bevestigingscode" in m["subject"]]
    found = re.search(r"\b(\d{6})\b", mail["text"])
    assert found is not None, mail["text"]
    return found.group(1)


def test_the_public_page_explains_the_ebox_and_offers_the_login(client: FlaskClient) -> None:
    page = client.get("/")
    assert page.status_code == 200
    assert "Je eBox: je officiële documenten op één plek" in page.text
    assert 'href="/ebox"' in page.text


def test_the_ebox_asks_for_a_login_through_csam(client: FlaskClient) -> None:
    answer = client.get("/ebox")
    assert answer.status_code == 302
    assert answer.headers["Location"] == "/login"


def test_activation_with_the_code_from_the_email(
    world: World, client: FlaskClient, emma: Person
) -> None:
    signed_in(client, emma)
    assert client.get("/ebox").headers["Location"] == "/ebox/activeren"
    sent = client.post("/ebox/activeren", data={"email": EMMA})
    assert sent.headers["Location"] == "/ebox/activeren/code"
    assert EMMA in client.get("/ebox/activeren/code").text
    done = client.post("/ebox/activeren/code", data={"code": _code_from_mail(world)})
    assert done.headers["Location"] == "/ebox?activated=1"
    box = client.get("/ebox?activated=1")
    assert "Je eBox is geactiveerd." in box.text
    assert box.headers["Cache-Control"] == "no-store"


def test_a_malformed_address_is_explained_and_kept(client: FlaskClient, emma: Person) -> None:
    signed_in(client, emma)
    page = client.post("/ebox/activeren", data={"email": "emma.claes@"})
    assert page.status_code == 400
    assert "Dit is geen geldig e-mailadres." in page.text
    assert 'value="emma.claes@"' in page.text
    empty = client.post("/ebox/activeren", data={"email": " "})
    assert "Geef je e-mailadres in." in empty.text


def test_a_wrong_code_is_explained(world: World, client: FlaskClient, emma: Person) -> None:
    signed_in(client, emma)
    client.post("/ebox/activeren", data={"email": EMMA})
    right = _code_from_mail(world)
    page = client.post(
        "/ebox/activeren/code", data={"code": "999999" if right != "999999" else "1"}
    )
    assert page.status_code == 400
    assert "Deze code is niet juist." in page.text


def test_an_expired_code_is_explained(world: World, client: FlaskClient, emma: Person) -> None:

    signed_in(client, emma)
    client.post("/ebox/activeren", data={"email": EMMA})
    world.clock.advance(timedelta(minutes=11))
    page = client.post("/ebox/activeren/code", data={"code": _code_from_mail(world)})
    assert page.status_code == 400
    assert "Deze code is verlopen." in page.text


def test_opening_a_document_shows_it_and_marks_it_read(
    world: World, client: FlaskClient, emma: Person
) -> None:
    activate(world, "emma")
    document = deliver(world, DocumentRequest(emma))
    signed_in(client, emma)
    box = client.get("/ebox")
    assert 'class="unread"' in box.text
    assert "Nieuw" in box.text
    shown = client.get(f"/ebox/documenten/{document.id}")
    assert shown.status_code == 200
    assert "Beslissing over je loopbaanonderbreking" in shown.text
    assert 'class="read"' in client.get("/ebox").text
    pdf = client.get(f"/ebox/documenten/{document.id}/pdf")
    assert pdf.mimetype == "application/pdf"
    assert pdf.data == document.pdf


def test_someone_elses_document_is_refused(world: World, client: FlaskClient) -> None:
    activate(world, "emma")
    document = deliver(world, DocumentRequest(person("emma")))
    signed_in(client, person("an"))
    for path in (f"/ebox/documenten/{document.id}", f"/ebox/documenten/{document.id}/pdf"):
        refused = client.get(path)
        assert refused.status_code == 404
        assert "Dit document kan je niet openen" in refused.text
        assert "loopbaanonderbreking" not in refused.text
    assert document.read is False


def test_maintenance_shows_a_clear_page(world: World, client: FlaskClient) -> None:
    world.faults.set("ebox", Fault.MAINTENANCE)
    page = client.get("/")
    assert page.status_code == 503
    assert "onderhoud" in page.text
