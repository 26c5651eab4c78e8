"""Logging in with digital keys: username and password, then a security code by e-mail, from
the authenticator app or from the token card."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from playwright.sync_api import Page
from pytest_bdd import given, parsers, when

from fixtures.phone import Phone
from mock_services.control.client import WorldClient
from mock_services.world import World
from mock_services.world.people import Person, by_name
from steps.mail import latest_code
from steps.pages.csam_codes import AuthenticatorApp, CsamCodePage, CsamPasswordPage

PASSWORD = "Zonnebloem-42"
WRONG_PASSWORD = "Madeliefje-17"
WRONG_CODE = "000000"


@dataclass
class DigitalKeys:
    """My digital keys as I know them: username, password, token card, codes I typed."""

    username: str = ""
    password: str = PASSWORD
    token_codes: tuple[str, ...] = ()
    app_code: str = ""
    """The code I read from the authenticator app last."""
    used_codes: list[str] = field(default_factory=list)


@pytest.fixture
def my_keys() -> DigitalKeys:
    return DigitalKeys()


def wrong_code(code: str) -> str:
    """A code of the same form that is not ``code``."""
    return f"{(int(code) + 1) % 10 ** len(code):0{len(code)}d}"


def username_of(person: Person) -> str:
    return f"{person.first_given_name}.{person.surname}".lower().replace(" ", "")


@given(parsers.re(r"ik ben (?P<name>[^,]+?) met digitale sleutels"), target_fixture="me")
def me_with_keys(world: World, my_keys: DigitalKeys, phone: Phone, name: str) -> Person:
    """The office created my keys and I activated them before the scenario; the phone's
    authenticator app holds the mobile-app key."""
    me = by_name(name)
    control = WorldClient(world.url("control"))
    created = control.call(
        "POST",
        "/api/csam/accounts",
        {
            "person": me.id,
            "email": me.email,
            "username": username_of(me),
            "password": PASSWORD,
            "keys": ["email", "app", "token"],
        },
    )
    my_keys.username = created["username"]
    my_keys.token_codes = tuple(created["token_codes"])
    AuthenticatorApp(phone.page, world).install(my_keys.username)
    return me


@when("ik mijn gebruikersnaam en wachtwoord ingeef")
def enter_username_and_password(page: Page, world: World, my_keys: DigitalKeys) -> None:
    CsamPasswordPage(page, world).fill(my_keys.username, my_keys.password)


@when("ik me aanmeld met mijn gebruikersnaam en wachtwoord")
def log_in_with_password(page: Page, world: World, my_keys: DigitalKeys) -> None:
    CsamPasswordPage(page, world).log_in(my_keys.username, my_keys.password)


@when(parsers.re(r"ik me (?P<times>\d+) keer aanmeld met een fout wachtwoord"))
def wrong_passwords(page: Page, world: World, my_keys: DigitalKeys, times: str) -> None:
    for _ in range(int(times)):
        CsamPasswordPage(page, world).log_in(my_keys.username, WRONG_PASSWORD)


@when("ik me aanmeld met een fout wachtwoord")
def wrong_password(page: Page, world: World, my_keys: DigitalKeys) -> None:
    CsamPasswordPage(page, world).log_in(my_keys.username, WRONG_PASSWORD)


@when("ik de beveiligingscode uit mijn e-mail ingeef")
def enter_mailed_code(page: Page, world: World, me: Person, my_keys: DigitalKeys) -> None:
    code = latest_code(world, me.email)
    my_keys.used_codes.append(code)
    CsamCodePage(page, world).fill(code)


@when("ik de vorige beveiligingscode uit mijn e-mail ingeef")
def enter_previous_code(page: Page, world: World, my_keys: DigitalKeys) -> None:
    CsamCodePage(page, world).fill(my_keys.used_codes[-1])


@when("ik de authenticator-app open op mijn smartphone")
def open_authenticator(phone: Phone, world: World) -> None:
    AuthenticatorApp(phone.page, world).open()


@when("ik de code aflees in de authenticator-app op mijn smartphone")
def read_app_code(phone: Phone, world: World, my_keys: DigitalKeys) -> None:
    my_keys.app_code = AuthenticatorApp(phone.page, world).current_code()


@when("ik de code van de authenticator-app ingeef")
def enter_app_code(page: Page, world: World, my_keys: DigitalKeys) -> None:
    CsamCodePage(page, world).fill(my_keys.app_code)


@when("ik de gevraagde code van mijn tokenkaart ingeef")
def enter_token_code(page: Page, world: World, my_keys: DigitalKeys) -> None:
    code_page = CsamCodePage(page, world)
    code_page.fill(my_keys.token_codes[code_page.token_number() - 1])


@when("ik een foute code van mijn tokenkaart ingeef")
def enter_wrong_token_code(page: Page, world: World, my_keys: DigitalKeys) -> None:
    code_page = CsamCodePage(page, world)
    asked = code_page.token_number()
    code_page.fill(my_keys.token_codes[asked % len(my_keys.token_codes)])


@when(parsers.re(r"ik (?P<times>\d+) keer een foute beveiligingscode bevestig"))
def wrong_codes(page: Page, world: World, times: str) -> None:
    for _ in range(int(times)):
        CsamCodePage(page, world).submit(WRONG_CODE)


@when("ik een foute beveiligingscode ingeef")
def enter_wrong_code(page: Page, world: World) -> None:
    CsamCodePage(page, world).fill(WRONG_CODE)
