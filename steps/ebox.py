"""The eBox: activating it, documents arriving, reading them, and what stays private."""

from __future__ import annotations

import re

from playwright.sync_api import Page
from pytest_bdd import given, parsers, then, when

from mock_services.systems.ebox.activation import activations
from mock_services.systems.ebox.documents import Document, DocumentRequest, deliver
from mock_services.systems.mail.mailboxes import StoredMessage, mailboxes
from mock_services.world import World
from mock_services.world.people import Person, by_name
from steps.pages import texts
from steps.pages.ebox import (
    EboxActivationPage,
    EboxCodePage,
    EboxDocumentList,
    EboxDocumentPage,
    EboxDocumentRefused,
    EboxScreen,
)

CODE = re.compile(r"\b(\d{6})\b")


def _mails(world: World, me: Person, key: str) -> list[StoredMessage]:
    subject = texts.text(key, world.settings.language)
    return [m for m in mailboxes(world).messages(me.email) if m.content.subject == subject]


@given("mijn eBox is geactiveerd met mijn e-mailadres")
def ebox_activated(world: World, me: Person) -> None:
    activations(world).activate(me.national_number, me.email)


@given(
    "de RVA een document over mijn loopbaanonderbreking naar mijn eBox stuurt",
    target_fixture="ebox_document",
)
@when(
    "de RVA een document over mijn loopbaanonderbreking naar mijn eBox stuurt",
    target_fixture="ebox_document",
)
def career_break_document(world: World, me: Person) -> Document:
    return deliver(world, DocumentRequest(me, "career_break"))


@given(
    parsers.re(r"de RVA een document over de loopbaanonderbreking van (?P<name>.+) stuurt"),
    target_fixture="someone_elses_document",
)
def someone_elses_document(world: World, name: str) -> Document:
    return deliver(world, DocumentRequest(by_name(name), "career_break"))


@when("ik mijn e-mailadres ingeef voor de eBox")
def enter_my_address(page: Page, world: World, me: Person) -> None:
    EboxActivationPage(page, world).enter_email(me.email)


@when(parsers.re(r'ik het e-mailadres "(?P<address>[^"]*)" ingeef voor de eBox'))
def enter_address(page: Page, world: World, address: str) -> None:
    EboxActivationPage(page, world).enter_email(address)


@when("ik de bevestigingscode uit de e-mail ingeef")
def enter_code_from_mail(page: Page, world: World, me: Person) -> None:
    sent = _mails(world, me, "ebox.mail.code.subject")
    assert sent, f"no confirmation code in the mailbox of {me.email}"
    found = CODE.search(sent[-1].content.text)
    assert found is not None, sent[-1].content.text
    EboxCodePage(page, world).enter_code(found.group(1))


@when(parsers.re(r'ik de bevestigingscode "(?P<code>[^"]*)" ingeef'))
def enter_code(page: Page, world: World, code: str) -> None:
    EboxCodePage(page, world).enter_code(code)


@then(parsers.re(r'meldt de eBox "(?P<text>[^"]+)"'))
def ebox_says(page: Page, world: World, text: str) -> None:
    shown = EboxScreen(page, world)
    shown.expect_notice(shown.from_reference(text))


@then(
    parsers.re(
        r"staat het document over mijn loopbaanonderbreking (?P<state>nieuw|gelezen)"
        r" in mijn eBox"
    )
)
def document_in_list(page: Page, world: World, ebox_document: Document, state: str) -> None:
    box = EboxDocumentList(page, world)
    box.verify()
    box.expect_document(ebox_document.title, unread=state == "nieuw")


@when("ik het document over mijn loopbaanonderbreking open")
def open_document(page: Page, world: World, ebox_document: Document) -> None:
    EboxDocumentList(page, world).click(ebox_document.title)


@then("toont de eBox het document over mijn loopbaanonderbreking van de RVA")
def document_shown(page: Page, world: World, ebox_document: Document) -> None:
    shown = EboxDocumentPage(page, world)
    shown.verify()
    shown.expect_document(ebox_document.title, ebox_document.sender)


@when("ik het adres van dat document rechtstreeks in de browser typ")
def open_someone_elses_document(page: Page, world: World, someone_elses_document: Document) -> None:
    EboxDocumentRefused(page, world).open_directly(someone_elses_document.id)


@then("zie ik niets van dat document")
def nothing_of_it(page: Page, world: World, someone_elses_document: Document) -> None:
    refused = EboxDocumentRefused(page, world)
    refused.verify()
    refused.expect_nothing_of(someone_elses_document.title, someone_elses_document.sender)
    assert not someone_elses_document.read


@then("staat in die e-mail een link naar mijn eBox en niets uit het document")
def notification_has_only_a_link(world: World, me: Person, ebox_document: Document) -> None:
    [mail] = _mails(world, me, "ebox.mail.notification.subject")
    assert tuple(mail.content.links) == (world.url("ebox", "/ebox"),)
    for content in (ebox_document.title, ebox_document.sender, *ebox_document.paragraphs):
        assert content not in mail.content.text
        assert content not in mail.content.html
