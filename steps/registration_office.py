"""At the registration office: the appointment, the identity check by the agent, the
activation e-mail and the activation of the keys."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from playwright.sync_api import Page
from pytest_bdd import given, parsers, then, when

from fixtures.phone import Phone
from mock_services.world import World
from mock_services.world.people import Person, by_name
from steps.digital_keys import DigitalKeys, username_of, wrong_code
from steps.mail import latest_code
from steps.pages.bosa_keys import BosaDigitalKeysPage
from steps.pages.csam_codes import AuthenticatorScan
from steps.pages.office_console import ConsoleAppointment, ConsoleIdentified
from steps.pages.registration_office import (
    ActivationKeys,
    Booked,
    BookingForm,
    ChooseLogin,
    EmailCodeActivation,
    MobileAppActivation,
    OfficeList,
    OfficeSlots,
    TokenCard,
)
from steps.pages.webmail import Inbox, MailMessage

WEAK_PASSWORD = "zonnebloem"
"""Long enough, but without capitals, digit or other sign."""
ACTIVATION_SUBJECT = "registration_office.mail.activation.subject"
ACTIVATION_LINK = "registration_office.mail.activation.link"


@dataclass
class MyAppointment:
    reference: str = ""
    activation_link: str = ""


@pytest.fixture
def my_appointment() -> MyAppointment:
    return MyAppointment()


@given(
    parsers.re(r"ik ben (?P<name>[^,]+?) zonder eID-kaartlezer en zonder itsme"),
    target_fixture="me",
)
def me_without_reader_or_itsme(name: str) -> Person:
    me = by_name(name)
    if me.card_reader or me.itsme:
        raise ValueError(f"{me.full_name} has a card reader or itsme in testdata/persons.toml")
    return me


@given("ik open de pagina over digitale sleutels van de FOD BOSA")
def open_bosa_keys_page(page: Page, world: World) -> None:
    BosaDigitalKeysPage(page, world).open()


@when(parsers.re(r'ik het registratiekantoor "(?P<office>[^"]+)" kies'))
def choose_office(page: Page, world: World, office: str) -> None:
    OfficeList(page, world).choose(office)


@when("ik het eerste vrije moment kies")
def choose_first_slot(page: Page, world: World) -> None:
    OfficeSlots(page, world).choose_first()


@when("ik het afspraakformulier invul met mijn paspoort")
def fill_booking(page: Page, world: World, me: Person) -> None:
    BookingForm(page, world).fill_with_passport(me)


@then("krijg ik een referentie voor mijn afspraak")
def note_reference(page: Page, world: World, my_appointment: MyAppointment) -> None:
    my_appointment.reference = Booked(page, world).reference_number()


@when("de medewerker van het registratiekantoor mijn afspraak opent")
def agent_opens_appointment(page: Page, world: World, my_appointment: MyAppointment) -> None:
    ConsoleAppointment(page, world).open(my_appointment.reference)


@when("de medewerker het nummer van mijn paspoort overtypt")
def agent_types_passport(page: Page, world: World, me: Person) -> None:
    ConsoleAppointment(page, world).fill_document_number(me.passport_number)


@when(parsers.re(r'de medewerker het documentnummer "(?P<number>[^"]+)" overtypt'))
def agent_types_number(page: Page, world: World, number: str) -> None:
    ConsoleAppointment(page, world).fill_document_number(number)


@when("de medewerker de identiteit controleert")
def agent_checks(page: Page, world: World) -> None:
    ConsoleAppointment(page, world).check()


@when("de medewerker de sleutels aanmaakt voor mijn persoonlijk e-mailadres")
def agent_creates_keys(page: Page, world: World, me: Person) -> None:
    ConsoleIdentified(page, world).create_keys(me.email)


@when("ik de activatie-e-mail open in mijn mailbox")
def open_activation_mail(page: Page, world: World, me: Person) -> None:
    inbox = Inbox(page, world)
    inbox.open(me.email)
    inbox.open_message(inbox.text(ACTIVATION_SUBJECT))


@when("ik de activatielink volg")
def follow_activation_link(page: Page, world: World, my_appointment: MyAppointment) -> None:
    message = MailMessage(page, world)
    message.follow(message.text(ACTIVATION_LINK))
    my_appointment.activation_link = ChooseLogin(page, world).address()


@when("ik de activatielink opnieuw open")
def reopen_activation_link(page: Page, world: World, my_appointment: MyAppointment) -> None:
    ChooseLogin(page, world).open(my_appointment.activation_link)


@when("ik mijn gebruikersnaam en wachtwoord kies")
def choose_login(page: Page, world: World, me: Person, my_keys: DigitalKeys) -> None:
    my_keys.username = username_of(me)
    ChooseLogin(page, world).choose(my_keys.username, my_keys.password)


@when("ik de codes van mijn tokenkaart bewaar")
def keep_token_card(page: Page, world: World, my_keys: DigitalKeys) -> None:
    my_keys.token_codes = TokenCard(page, world).read()


@given(
    parsers.re(
        r'ik had een afspraak bij het registratiekantoor "(?P<office>[^"]+)" met mijn paspoort'
    )
)
def had_appointment(
    page: Page, world: World, me: Person, my_appointment: MyAppointment, office: str
) -> None:
    """The appointment booked from BOSA's page, the way the first scenario of the chapter
    shows it step by step."""
    keys_page = BosaDigitalKeysPage(page, world)
    keys_page.open()
    keys_page.make_appointment()
    choose_office(page, world, office)
    choose_first_slot(page, world)
    fill_booking(page, world, me)
    BookingForm(page, world).confirm()
    note_reference(page, world, my_appointment)


@given("de medewerker heeft mijn paspoort gecontroleerd en mijn sleutels aangemaakt")
def agent_made_keys(page: Page, world: World, me: Person, my_appointment: MyAppointment) -> None:
    """At the appointment: the agent checks the passport and sends the activation e-mail to
    my personal address."""
    agent_opens_appointment(page, world, my_appointment)
    agent_types_passport(page, world, me)
    agent_checks(page, world)
    agent_creates_keys(page, world, me)


@when("ik een wachtwoord kies dat niet aan de regels voldoet")
def choose_weak_password(page: Page, world: World, me: Person) -> None:
    ChooseLogin(page, world).choose(username_of(me), WEAK_PASSWORD)


@when("ik de eerste beveiligingscode uit mijn e-mail ingeef")
def enter_first_mailed_code(page: Page, world: World, me: Person) -> None:
    EmailCodeActivation(page, world).fill(latest_code(world, me.email))


@when("ik een foute eerste beveiligingscode ingeef")
def enter_wrong_first_code(page: Page, world: World, me: Person) -> None:
    EmailCodeActivation(page, world).fill(wrong_code(latest_code(world, me.email)))


@when("ik op de smartphone de QR-code op mijn computerscherm fotografeer")
def photograph_qr_code(page: Page, phone: Phone, world: World) -> None:
    photo = MobileAppActivation(page, world).qr_photo()
    AuthenticatorScan(phone.page, world).scan(photo)


@when("ik de code van de authenticator-app ter bevestiging ingeef")
def enter_first_app_code(page: Page, world: World, my_keys: DigitalKeys) -> None:
    MobileAppActivation(page, world).fill(my_keys.app_code)


@then(parsers.re(r'is mijn sleutel "(?P<key>[^"]+)" geactiveerd'))
def key_is_active(page: Page, world: World, key: str) -> None:
    ActivationKeys(page, world).verify_active(key)
