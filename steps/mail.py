"""My mailbox: which e-mails arrived (read through the mail system's control API) and reading
them in the webmail."""

from __future__ import annotations

import re
from typing import Any

from playwright.sync_api import Page
from pytest_bdd import parsers, then, when

from mock_services.control.client import WorldClient
from mock_services.world import World
from mock_services.world.people import Person
from steps.pages import texts
from steps.pages.webmail import Inbox

CODE = re.compile(r"\b\d{6}\b")


def mailbox(world: World, address: str) -> list[dict[str, Any]]:
    """The messages to ``address``, newest last."""
    answer: list[dict[str, Any]] = WorldClient(world.url("control")).call(
        "GET", f"/api/mail/messages?to={address}"
    )
    return answer


def latest_code(world: World, address: str) -> str:
    """The 6-digit security code of the newest e-mail to ``address``."""
    messages = mailbox(world, address)
    if not messages:
        raise AssertionError(f"no e-mail arrived for {address}")
    found = CODE.search(messages[-1]["text"])
    if found is None:
        raise AssertionError(f"the newest e-mail to {address} holds no security code")
    return found.group()


def _subjects(world: World, me: Person, dutch: str) -> tuple[str, list[str]]:
    subject = texts.from_reference(dutch, world.settings.language, "")
    return subject, [message["subject"] for message in mailbox(world, me.email)]


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
    Inbox(page, world).open(me.email)
