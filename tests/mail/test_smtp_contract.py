"""The SMTP server, spoken to with the standard library's client as any application would."""

from __future__ import annotations

import smtplib
from email.message import EmailMessage

import pytest

from mock_services.systems.mail.smtp import SIZE_LIMIT
from mock_services.world import World
from mock_services.world.faults import Fault
from tests.mail.conftest import AN, messages


def _message(subject: str = "Vergadering", body: str = "Tot morgen.") -> EmailMessage:
    message = EmailMessage()
    message["From"] = "Bram Janssens <bram.janssens@example.be>"
    message["To"] = AN
    message["Subject"] = subject
    message.set_content(body + "\nAgenda: https://example.be/agenda?id=7.\n")
    message.add_alternative(
        f'<p>{body} <a href="https://example.be/agenda?id=7">Agenda</a></p>', subtype="html"
    )
    return message


def test_a_message_sent_with_smtplib_appears_in_the_mailbox(
    world: World, smtp: tuple[str, int]
) -> None:
    with smtplib.SMTP(*smtp, local_hostname="client.test", timeout=5) as client:
        refused = client.send_message(_message())
    assert refused == {}
    [received] = messages(world)
    assert received["id"] == "1"
    assert received["from"] == "Bram Janssens <bram.janssens@example.be>"
    assert received["to"] == AN
    assert received["subject"] == "Vergadering"
    assert received["text"].startswith("Tot morgen.")
    assert '<a href="https://example.be/agenda?id=7">' in received["html"]
    assert received["links"] == ["https://example.be/agenda?id=7"]
    assert received["date"] == "2026-03-02T09:30:00+01:00"  # no Date header: the arrival
    assert messages(world, "bram.janssens@example.be") == []


def test_messages_are_kept_per_recipient_newest_last(world: World, smtp: tuple[str, int]) -> None:
    with smtplib.SMTP(*smtp, local_hostname="client.test", timeout=5) as client:
        client.send_message(_message("Eerste"))
        client.send_message(_message("Tweede"), to_addrs=[AN, "Chloe.Dubois@Example.be"])
    assert [m["subject"] for m in messages(world)] == ["Eerste", "Tweede"]
    assert [m["subject"] for m in messages(world, "chloe.dubois@example.be")] == ["Tweede"]


def test_ehlo_advertises_the_size_limit(smtp: tuple[str, int]) -> None:
    with smtplib.SMTP(*smtp, local_hostname="client.test", timeout=5) as client:
        code, _ = client.ehlo()
        assert code == 250
        assert client.has_extn("size")
        assert client.esmtp_features["size"] == str(SIZE_LIMIT)


@pytest.mark.parametrize(
    ("commands", "refused_with"),
    [
        pytest.param([], "MAIL FROM:<a@example.be>", id="mail-before-helo"),
        pytest.param(["EHLO client.test"], "RCPT TO:<an@example.be>", id="rcpt-before-mail"),
        pytest.param(
            ["EHLO client.test", "MAIL FROM:<a@example.be>"], "DATA", id="data-before-rcpt"
        ),
        pytest.param(
            ["EHLO client.test", "MAIL FROM:<a@example.be>"],
            "MAIL FROM:<b@example.be>",
            id="nested-mail",
        ),
    ],
)
def test_commands_out_of_sequence_get_503(
    world: World, smtp: tuple[str, int], commands: list[str], refused_with: str
) -> None:
    with smtplib.SMTP(*smtp, local_hostname="client.test", timeout=5) as client:
        for command in commands:
            code, _ = client.docmd(command)
            assert code == 250, command
        code, reply = client.docmd(refused_with)
    assert code == 503, reply
    assert messages(world) == []


def test_a_declared_size_over_the_limit_is_refused_with_552(
    world: World, smtp: tuple[str, int]
) -> None:
    with smtplib.SMTP(*smtp, local_hostname="client.test", timeout=5) as client:
        client.ehlo()
        code, reply = client.mail("bram.janssens@example.be", [f"SIZE={SIZE_LIMIT + 1}"])
    assert code == 552, reply
    assert messages(world) == []


def test_an_oversized_message_is_refused_with_552_and_not_kept(
    world: World, smtp: tuple[str, int]
) -> None:
    too_big = _message(body="Lang verslag.\n" * (SIZE_LIMIT // 14 + 1))
    with smtplib.SMTP(*smtp, local_hostname="client.test", timeout=5) as client:
        client.helo()  # no ESMTP: the client does not declare the size first
        with pytest.raises(smtplib.SMTPDataError) as refused:
            client.send_message(too_big)
    assert refused.value.smtp_code == 552
    assert messages(world) == []


def test_bad_syntax_is_refused(world: World, smtp: tuple[str, int]) -> None:
    with smtplib.SMTP(*smtp, local_hostname="client.test", timeout=5) as client:
        assert client.docmd("FLY", "away")[0] == 500
        client.ehlo()
        assert client.docmd("MAIL", "TO:<bram.janssens@example.be>")[0] == 501
        assert client.docmd("MAIL", "FROM:<not an address>")[0] == 553
        assert client.docmd("MAIL FROM:<bram.janssens@example.be>")[0] == 250
        assert client.docmd("RCPT", "TO:<no-at-sign>")[0] == 553
        assert client.docmd("RCPT", "TO:<an@example.be> NOTIFY=NEVER")[0] == 555
    assert messages(world) == []


def test_maintenance_greets_with_421(world: World, smtp: tuple[str, int]) -> None:
    world.faults.set("mail", Fault.MAINTENANCE)
    with pytest.raises(smtplib.SMTPConnectError) as refused:
        smtplib.SMTP(*smtp, local_hostname="client.test", timeout=5)
    assert refused.value.smtp_code == 421
    world.faults.set("mail", None)
    with smtplib.SMTP(*smtp, local_hostname="client.test", timeout=5) as client:
        assert client.noop()[0] == 250


@pytest.mark.parametrize("target", ["mail", "mail_smtp"])
def test_down_closes_the_listener_and_it_comes_back_on_the_same_port(
    world: World, smtp: tuple[str, int], target: str
) -> None:
    world.faults.set(target, Fault.DOWN)
    with pytest.raises(ConnectionRefusedError):
        smtplib.SMTP(*smtp, local_hostname="client.test", timeout=5)
    world.faults.set(target, None)
    with smtplib.SMTP(*smtp, local_hostname="client.test", timeout=5) as client:
        assert client.noop()[0] == 250
