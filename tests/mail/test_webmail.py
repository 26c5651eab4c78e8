"""The webmail as a browser uses it: open a mailbox, list, open a message, follow a link."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
import requests

from mock_services.systems.mail.sender import OutgoingMail, send
from mock_services.world import World
from mock_services.world.faults import Fault
from tests.mail.conftest import AN


def _send(world: World, subject: str, link: str) -> None:
    send(
        world,
        OutgoingMail(
            sender="Registratiekantoor <noreply@registratie.example>",
            to=AN,
            subject=subject,
            text=f"Open {link}\n",
            html=f'<p>Open <a href="{link}">de link</a>.</p><script>document.title="x"</script>',
        ),
    )


@pytest.fixture
def browser() -> Iterator[requests.Session]:
    with requests.Session() as session:
        yield session


def test_the_start_page_lists_the_test_persons_mailboxes(
    world: World, browser: requests.Session
) -> None:
    page = browser.get(world.url("mail", "/"), timeout=5)
    assert page.status_code == 200
    assert "Een mailbox openen" in page.text
    assert 'href="/mailbox/an.peeters@example.be/">Mailbox van An Marie Peeters</a>' in page.text


@pytest.mark.parametrize(
    ("address", "error"),
    [("", "Vul een e-mailadres in."), ("an.peeters", "Dit is geen geldig e-mailadres.")],
)
def test_a_bad_address_gets_the_form_back_with_a_clear_message(
    world: World, browser: requests.Session, address: str, error: str
) -> None:
    page = browser.get(world.url("mail", "/mailbox"), params={"address": address}, timeout=5)
    assert page.status_code == 400
    assert error in page.text
    assert f'value="{address}"' in page.text


def test_an_address_opens_its_inbox(world: World, browser: requests.Session) -> None:
    page = browser.get(
        world.url("mail", "/mailbox"), params={"address": " An.Peeters@example.be "}, timeout=5
    )
    assert page.url == world.url("mail", "/mailbox/an.peeters@example.be/")
    assert "Mailbox van An Marie Peeters" in page.text
    assert "Er zijn geen berichten in deze mailbox." in page.text


def test_inbox_newest_first_unread_marked_then_open_and_follow_a_link(
    world: World, browser: requests.Session
) -> None:
    bosa = world.url("bosa", "/nl/applications")
    _send(world, "Eerste bericht", "https://example.be/first")
    _send(world, "Tweede bericht", bosa)
    inbox = browser.get(world.url("mail", "/mailbox/an.peeters@example.be/"), timeout=5)
    assert "2 berichten, waarvan 2 ongelezen" in inbox.text
    assert inbox.text.index("Tweede bericht") < inbox.text.index("Eerste bericht")
    assert inbox.text.count('<tr class="unread"') == 2

    opened = browser.get(world.url("mail", "/mailbox/an.peeters@example.be/2"), timeout=5)
    assert "<h1" in opened.text
    assert "Tweede bericht" in opened.text
    assert "Registratiekantoor &lt;noreply@registratie.example&gt;" in opened.text
    assert "02-03-2026 09:30" in opened.text
    assert "<script" not in opened.text.split('data-anchor="message-body"')[1]
    [link] = re.findall(r'<a href="([^"]+)" rel="noopener noreferrer">de link</a>', opened.text)
    assert link == bosa
    followed = browser.get(link, timeout=5)
    assert followed.status_code == 200
    assert "Toepassingen" in followed.text

    again = browser.get(world.url("mail", "/mailbox/an.peeters@example.be/"), timeout=5)
    assert "2 berichten, waarvan 1 ongelezen" in again.text
    assert again.text.count('<tr class="unread"') == 1

    text = browser.get(
        world.url("mail", "/mailbox/an.peeters@example.be/2"), params={"view": "text"}, timeout=5
    )
    assert f'data-anchor="message-body">Open {bosa}\n</pre>' in text.text


def test_unknown_messages_and_addresses_are_404(world: World, browser: requests.Session) -> None:
    assert (
        browser.get(world.url("mail", "/mailbox/an.peeters@example.be/9"), timeout=5).status_code
        == 404
    )
    missing = browser.get(world.url("mail", "/mailbox/not-an-address/"), timeout=5)
    assert missing.status_code == 404
    assert "bestaat niet" in missing.text


def test_maintenance_shows_the_notice(world: World, browser: requests.Session) -> None:
    world.faults.set("mail", Fault.MAINTENANCE)
    page = browser.get(world.url("mail", "/"), timeout=5)
    assert page.status_code == 503
    assert "Mailbox is op dit moment niet beschikbaar" in page.text
