"""Logging in with itsme: who I am, my phone number and my itsme code."""

from __future__ import annotations

from playwright.sync_api import Page
from pytest_bdd import given, parsers, when

from fixtures.phone import Phone
from mock_services.systems.itsme.phone_numbers import BELGIUM, parse_phone_number
from mock_services.world import World
from mock_services.world.people import Person, by_name
from steps.pages.itsme import ItsmePhoneNumberPage
from steps.pages.itsme_app import ItsmeApp, ItsmeAppConfirm

WRONG_CODE = "00000"


@given(
    parsers.re(r"ik ben (?P<name>[^,]+?) met de itsme-app op mijn smartphone"),
    target_fixture="me",
)
def me_with_itsme(phone: Phone, world: World, name: str) -> Person:
    me = by_name(name)
    if not me.itsme:
        raise ValueError(f"{me.full_name} has no itsme account in testdata/persons.toml")
    ItsmeApp(phone.page, world).pair(me)
    return me


@given(parsers.re(r"ik ben (?P<name>[^,]+?) zonder itsme-account"), target_fixture="me")
def me_without_itsme(name: str) -> Person:
    me = by_name(name)
    if me.itsme:
        raise ValueError(f"{me.full_name} has an itsme account in testdata/persons.toml")
    return me


@when("ik mijn gsm-nummer ingeef")
def enter_my_number(page: Page, world: World, me: Person) -> None:
    number = parse_phone_number(BELGIUM, me.mobile)
    ItsmePhoneNumberPage(page, world).enter_number(number.national)


@when(parsers.re(r'ik het gsm-nummer "(?P<number>[^"]*)" ingeef'))
def enter_number(page: Page, world: World, number: str) -> None:
    ItsmePhoneNumberPage(page, world).enter_number(number)


@when("ik de itsme-app open op mijn smartphone")
def open_app(phone: Phone, world: World) -> None:
    ItsmeApp(phone.page, world).open()


@when("ik op de smartphone mijn itsme-code ingeef")
def enter_my_code(phone: Phone, world: World, me: Person) -> None:
    ItsmeAppConfirm(phone.page, world).enter_code(me.itsme_code)


@when(parsers.re(r'ik op de smartphone de itsme-code "(?P<code>[^"]*)" ingeef'))
def enter_code(phone: Phone, world: World, code: str) -> None:
    ItsmeAppConfirm(phone.page, world).enter_code(code)


@when(parsers.re(r"ik op de smartphone (?P<times>\d+) keer een foute itsme-code bevestig"))
def wrong_codes(phone: Phone, world: World, times: str) -> None:
    confirm = ItsmeAppConfirm(phone.page, world)
    for _ in range(int(times)):
        confirm.enter_code(WRONG_CODE)
        confirm.confirm()
