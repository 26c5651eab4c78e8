"""My mailbox: which e-mails arrived, and reading them in the webmail."""

from __future__ import annotations

from playwright.sync_api import Page
from pytest_bdd import parsers, then, when

from mock_services.systems.mail.mailboxes import mailboxes
from mock_services.world import World
from mock_services.world.people import Person
from steps.pages import texts
from steps.pages.mail import WebmailInbox


def _subjects(world: World, me: Person, dutch: str) -> tuple[str, list[str]]:
    subject = texts.from_reference(dutch, world.settings.language, "")
    arrived = [m.content.subject for m in mailboxes(world).messages(me.email)]
    return subject, arrived


@then(parsers.re(r'krijg ik precies één e-mail "(?P<dutch>[^"]+)"'))
def exactly_one_mail(world: World, me: Person, dutch: str) -> None:
    subject, arrived = _subjects(world, me, dutch)
    assert arrived.count(subject) == 1, f"{me.email} received {arrived}"


@then(parsers.re(r'heb ik nog geen e-mail "(?P<dutch>[^"]+)"'))
def no_mail_yet(world: World, me: Person, dutch: str) -> None:
    subject, arrived = _subjects(world, me, dutch)
    assert subject not in arrived, f"{me.email} received {arrived}"


@when("ik mijn mailbox open in de webmail")
def open_my_mailbox(page: Page, world: World, me: Person) -> None:
    WebmailInbox(page, world).open(me.email)
