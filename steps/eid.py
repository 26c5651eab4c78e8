"""Logging in with the eID card: my card, my reader, my PIN."""

from __future__ import annotations

from playwright.sync_api import Page
from pytest_bdd import given, parsers, then, when

from fixtures.eid_reader import EidReader, starts_with_the_card
from mock_services.world import World
from mock_services.world.people import Person, by_name
from steps.pages.eid import CsamEidFailed, EidCertificateDialog, EidPinDialog


@given(
    parsers.re(r"ik ben (?P<name>[^,]+?) met mijn eID-kaart en een kaartlezer"),
    target_fixture="me",
)
@starts_with_the_card
def me_with_eid(name: str, eid_reader: EidReader) -> Person:
    return by_name(name)


@given("mijn kaartlezer is niet aangesloten")
def reader_unplugged(eid_reader: EidReader) -> None:
    eid_reader.unplug()


@given("mijn eID-kaart zit in de kaartlezer")
@starts_with_the_card
def my_card_is_in_the_reader(eid_reader: EidReader, me: Person) -> None:
    """The scenario starts with the card in the reader: the one the previous scenario left
    there, if it is mine (renewed), or mine put in now."""
    eid_reader.ensure_in(me)


@when("ik mijn eID-kaart in de kaartlezer steek")
def insert_my_card(eid_reader: EidReader, me: Person) -> None:
    eid_reader.insert(me)


@when("ik de kaart uit de kaartlezer neem")
def pull_the_card(eid_reader: EidReader) -> None:
    eid_reader.pull()


@when("ik mijn PIN-code ingeef")
def enter_my_pin(page: Page, world: World, me: Person) -> None:
    EidPinDialog(page, world).enter_pin(me.pin)


@when(parsers.re(r'ik de PIN-code "(?P<pin>[^"]*)" ingeef'))
def enter_a_pin(page: Page, world: World, pin: str) -> None:
    EidPinDialog(page, world).enter_pin(pin)


@then(parsers.re(r'toont de eID-software het certificaat van "(?P<holder>[^"]+)"'))
def certificate_shown(page: Page, world: World, holder: str) -> None:
    EidCertificateDialog(page, world).expect_certificate_of(holder)


@then(parsers.re(r'meldt de eID-software "(?P<text>[^"]+)"'))
def software_says(page: Page, world: World, text: str) -> None:
    EidPinDialog(page, world).expect_problem(text)


@then(parsers.re(r'meldt CSAM "(?P<title>[^"]+)"'))
def csam_says(page: Page, world: World, title: str) -> None:
    failed = CsamEidFailed(page, world)
    failed.verify()
    failed.expect_message(title)
