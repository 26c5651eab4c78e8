"""The sender every service uses: MIME as it should be, over SMTP, queued while the server is
away and delivered exactly once when it is back."""

from __future__ import annotations

import smtplib
from datetime import timedelta
from email import policy
from email.parser import BytesParser

import pytest

from mock_services.systems.mail.outbox import QueuedMail, outbox
from mock_services.systems.mail.sender import (
    Delivery,
    MailRefusedError,
    OutgoingMail,
    compose,
    deliver_outbox,
    send,
)
from mock_services.systems.mail.smtp import SIZE_LIMIT
from mock_services.world import World, WorldSettings
from mock_services.world.faults import Fault
from mock_services.world.i18n import catalogue
from tests.mail.conftest import AN, messages, queued, smtp_of


def _mail(subject: str = "Je beveiligingscode", code: str = "482913") -> OutgoingMail:
    return OutgoingMail(
        sender="CSAM <noreply@csam.belgium.be>",
        to=AN,
        subject=subject,
        text=f"Je beveiligingscode is {code}.\nMeer info: https://csam.example/hulp\n",
        html=f"<p>Je beveiligingscode is <strong>{code}</strong>.</p>"
        f'<p><a href="https://csam.example/hulp">Meer info</a></p>',
    )


def test_compose_builds_text_and_html_alternatives_dated_by_the_world_clock() -> None:
    world = World()
    world.clock.advance(timedelta(minutes=5))
    message = compose(world, _mail())
    assert message.get_content_type() == "multipart/alternative"
    parts = [part.get_content_type() for part in message.iter_parts()]
    assert parts == ["text/plain", "text/html"]
    assert message["From"] == "CSAM <noreply@csam.belgium.be>"
    assert message["To"] == AN
    assert message["Subject"] == "Je beveiligingscode"
    assert message["Date"] == "Mon, 02 Mar 2026 09:35:00 +0100"  # 08:35 UTC in Brussels
    assert message["Date"].datetime == world.clock.now()
    assert message["Message-ID"].startswith("<")
    assert message["Message-ID"].endswith("@csam.belgium.be>")
    # The bytes parse back to the same message.
    again = BytesParser(policy=policy.default).parsebytes(message.as_bytes())
    body = again.get_body(preferencelist=("plain",))
    assert body is not None
    assert "482913" in body.get_content()


def test_message_ids_are_deterministic_per_seed_and_unique_within_a_run() -> None:
    first, again, other = World(), World(), World(WorldSettings(seed=7))
    ids = [compose(first, _mail())["Message-ID"] for _ in range(3)]
    assert len(set(ids)) == 3
    assert [compose(again, _mail())["Message-ID"] for _ in range(3)] == ids
    assert compose(other, _mail())["Message-ID"] != ids[0]
    first.reset()
    assert compose(first, _mail()).as_bytes() == compose(World(), _mail()).as_bytes()


def test_send_delivers_through_smtp(world: World) -> None:
    assert send(world, _mail()) is Delivery.SENT
    [received] = messages(world)
    assert received["from"] == "CSAM <noreply@csam.belgium.be>"
    assert received["subject"] == "Je beveiligingscode"
    assert received["date"] == "2026-03-02T09:30:00+01:00"
    assert received["text"] == _mail().text
    assert "<strong>482913</strong>" in received["html"]
    assert received["links"] == ["https://csam.example/hulp"]


def test_down_queues_and_clearing_the_fault_delivers_exactly_once(world: World) -> None:
    world.faults.set("mail", Fault.DOWN)
    assert send(world, _mail("Eerste", "111111")) is Delivery.QUEUED
    assert send(world, _mail("Tweede", "222222")) is Delivery.QUEUED
    assert queued(world) == 2
    world.faults.set("mail", None)
    assert [m["subject"] for m in messages(world)] == ["Eerste", "Tweede"]
    assert queued(world) == 0
    assert send(world, _mail("Derde", "333333")) is Delivery.SENT
    assert deliver_outbox(world) == 0
    assert [m["subject"] for m in messages(world)] == ["Eerste", "Tweede", "Derde"]


def test_maintenance_421_queues_until_it_ends(world: World) -> None:
    world.faults.set("mail", Fault.MAINTENANCE)
    assert send(world, _mail()) is Delivery.QUEUED
    assert messages(world) == []
    world.faults.set("mail", None)
    assert [m["subject"] for m in messages(world)] == ["Je beveiligingscode"]
    assert queued(world) == 0


def test_a_later_send_delivers_what_waits_first(world: World) -> None:
    early = compose(world, _mail("Eerder"))
    outbox(world).put(
        QueuedMail("noreply@csam.belgium.be", (AN,), early.as_bytes(policy=policy.SMTP))
    )
    assert send(world, _mail("Later")) is Delivery.SENT
    assert [m["subject"] for m in messages(world)] == ["Eerder", "Later"]


def test_the_queued_notice_is_in_the_catalogue() -> None:
    assert catalogue().text("mail.sender.queued") == (
        "De e-mail kon niet worden verzonden; we proberen het opnieuw."
    )


def test_a_message_the_server_refuses_for_good_raises_and_is_not_queued(world: World) -> None:
    huge = OutgoingMail("CSAM <noreply@csam.belgium.be>", AN, "Te groot", "x\n" * SIZE_LIMIT)
    with pytest.raises(MailRefusedError, match="552"):
        send(world, huge)
    assert queued(world) == 0
    assert messages(world) == []


def test_reset_empties_mailboxes_and_outbox(world: World) -> None:
    send(world, _mail())
    world.faults.set("mail_smtp", Fault.DOWN)
    send(world, _mail("Wacht"))
    assert queued(world) == 1
    world.reset()
    assert messages(world) == []
    assert queued(world) == 0
    with smtplib.SMTP(*smtp_of(world), local_hostname="client.test", timeout=5) as client:
        assert client.noop()[0] == 250  # the reset cleared the fault: the listener is back
