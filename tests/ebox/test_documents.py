"""Documents delivered through the control API: a real PDF, exactly one notification e-mail
for an active eBox (with a link, without the document), none for an inactive one, and nothing
lost while the mail server is down."""

from __future__ import annotations

import io

from pypdf import PdfReader

from mock_services.systems.ebox.documents import DocumentRequest, deliver, documents
from mock_services.world import World
from mock_services.world.faults import Fault
from mock_services.world.people import person
from tests.ebox.conftest import activate
from tests.ebox.conftest import deliver as deliver_over_api
from tests.mail.conftest import messages, queued

EMMA = "emma.claes@example.be"
SUBJECT = "Er is een nieuw document in je eBox"


def test_a_delivered_document_gives_exactly_one_notification_email(world: World) -> None:
    activate(world, "emma")
    answer = deliver_over_api(world, "emma")
    assert answer.status_code == 201, answer.text
    sent = answer.json()
    assert sent["sender"] == "RVA - Rijksdienst voor Arbeidsvoorziening"
    assert sent["title"] == "Beslissing over je loopbaanonderbreking"
    assert sent["notification"] == "sent"
    assert sent["read"] is False
    mails = messages(world, EMMA)
    assert [m["subject"] for m in mails] == [SUBJECT]
    [mail] = mails
    assert mail["links"] == [world.url("ebox", "/ebox")]
    for content in ("loopbaanonderbreking", "Beslissing", "RVA", "goedgekeurd"):
        assert content not in mail["text"]
        assert content not in mail["html"]


def test_an_inactive_ebox_keeps_the_document_and_sends_no_email(world: World) -> None:
    answer = deliver_over_api(world, "emma")
    assert answer.status_code == 201
    assert answer.json()["notification"] is None
    assert messages(world, EMMA) == []
    assert len(documents(world).of(person("emma").national_number)) == 1


def test_the_document_is_a_pdf_dated_on_the_world_clock(world: World) -> None:
    document = deliver(world, DocumentRequest(person("emma")))
    reader = PdfReader(io.BytesIO(document.pdf))
    text = reader.pages[0].extract_text()
    date = world.clock.now().strftime("%d-%m-%Y")
    assert "Beslissing over je loopbaanonderbreking" in text
    assert "Emma Claes" in text
    assert date in text
    assert reader.metadata is not None
    assert reader.metadata.title == document.title


def test_the_same_world_gives_the_same_document_bytes(world: World) -> None:
    first = deliver(world, DocumentRequest(person("emma")))
    world.reset()
    second = deliver(world, DocumentRequest(person("emma")))
    assert (first.id, first.pdf) == (second.id, second.pdf)


def test_smtp_down_queues_the_notification_until_the_server_is_back(world: World) -> None:
    activate(world, "emma")
    world.faults.set("mail", Fault.DOWN)
    answer = deliver_over_api(world, "emma")
    assert answer.json()["notification"] == "queued"
    assert queued(world) == 1
    world.faults.set("mail", None)
    assert [m["subject"] for m in messages(world, EMMA)] == [SUBJECT]
    assert queued(world) == 0


def test_nobody_gets_someone_elses_document(world: World) -> None:
    document = deliver(world, DocumentRequest(person("emma")))
    assert documents(world).get(person("an").national_number, document.id) is None
    assert documents(world).get(person("emma").national_number, document.id) is document


def test_the_control_api_explains_bad_requests(world: World) -> None:
    assert deliver_over_api(world, "nobody").status_code == 404
    unknown = deliver_over_api(world, "emma", kind="parking_fine")
    assert unknown.status_code == 400
    assert "career_break" in unknown.text
