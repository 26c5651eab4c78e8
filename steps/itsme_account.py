"""Creating an itsme account with the eID: the computer, the card, the phone and its SMS."""

from __future__ import annotations

import re
from urllib.parse import urlencode

from playwright.sync_api import Page
from pytest_bdd import given, parsers, then, when

from fixtures.eid_reader import EidReader
from fixtures.phone import Phone
from mock_services.control.client import WorldClient
from mock_services.systems.itsme.phone_numbers import BELGIUM, parse_phone_number
from mock_services.world import World
from mock_services.world.faults import Fault
from mock_services.world.people import Person
from steps.pages.eid import SIGNATURE, EidCertificateDialog, EidPinDialog
from steps.pages.itsme_app_enrolment import (
    AppEnrolBiometrics,
    AppEnrolCode,
    AppEnrolCodeConfirm,
    AppEnrolDone,
    AppEnrolPhone,
    AppEnrolSms,
    AppEnrolToken,
    AppScreen,
    AppStore,
    AppWelcome,
)
from steps.pages.itsme_enrolment import (
    EnrolmentContract,
    EnrolmentForm,
    EnrolmentSite,
    EnrolmentToken,
)
from steps.pages.sms_phone import SmsLockScreen

CONTROL_SENDER = "8836"
WRONG_CONTROL_CODE = "00000"
CONTROL_CODE = re.compile(r"\b(\d{5})\b")


def _control(world: World) -> WorldClient:
    return WorldClient(world.url("control"))


def _last_control_code(world: World, me: Person) -> str:
    """The code in the newest SMS from 8836 to my phone, as the network delivered it."""
    query = urlencode({"to": me.mobile})
    messages = _control(world).call("GET", f"/api/sms/messages?{query}")
    mine = [message for message in messages if message["from"] == CONTROL_SENDER]
    if not mine:
        raise AssertionError(f"no SMS from {CONTROL_SENDER} to {me.mobile}")
    found = CONTROL_CODE.search(mine[-1]["text"])
    if found is None:
        raise AssertionError(f"no control code in {mine[-1]['text']!r}")
    return found.group(1)


@given("mijn smartphone heeft de sim-kaart van mijn gsm-nummer")
def my_sim(phone: Phone, world: World, me: Person) -> None:
    sim = _control(world).call("POST", "/api/sms/sims", {"number": me.mobile})
    phone.context.add_cookies([sim["cookie"]])


@given("het sms-netwerk is onbereikbaar")
def sms_network_down(world: World) -> None:
    world.faults.set("sms", Fault.DOWN)


@when("het sms-netwerk weer werkt")
def sms_network_back(world: World) -> None:
    world.faults.set("sms", None)


@when("ik op de smartphone de App Store open bij itsme")
def open_app_store(phone: Phone, world: World) -> None:
    AppStore(phone.page, world).open()


@when("ik mijn gsm-nummer en mijn e-mailadres ingeef")
def give_my_details(page: Page, world: World, me: Person) -> None:
    number = parse_phone_number(BELGIUM, me.mobile)
    EnrolmentForm(page, world).fill(number.national, me.email)


@when(parsers.re(r'ik het gsm-nummer "(?P<number>[^"]*)" en mijn e-mailadres ingeef'))
def give_a_number(page: Page, world: World, me: Person, number: str) -> None:
    EnrolmentForm(page, world).fill(number, me.email)


@then(parsers.re(r'toont de eID-software het handtekeningcertificaat van "(?P<holder>[^"]+)"'))
def signature_certificate_shown(page: Page, world: World, holder: str) -> None:
    EidCertificateDialog(page, world).expect_certificate_of(holder, SIGNATURE)


@then(parsers.re(r'meldt de registratiesite "(?P<text>[^"]+)"'))
def site_says(page: Page, world: World, text: str) -> None:
    EnrolmentSite(page, world).expect_problem(text)


@when("ik op de smartphone mijn gsm-nummer in de itsme-app ingeef")
def app_phone(phone: Phone, world: World, me: Person) -> None:
    AppEnrolPhone(phone.page, world).enter(parse_phone_number(BELGIUM, me.mobile).national)


@when("ik op de smartphone het identificatietoken van mijn computer overneem")
def app_token(page: Page, phone: Phone, world: World) -> None:
    token = EnrolmentToken(page, world).read_token()
    AppEnrolToken(phone.page, world).enter(token)


@when("ik op de smartphone het identificatietoken in kleine letters overneem")
def app_token_lower_case(page: Page, phone: Phone, world: World) -> None:
    token = EnrolmentToken(page, world).read_token()
    AppEnrolToken(phone.page, world).enter(token.lower())


@when("ik op de smartphone de sms van 8836 bekijk")
def look_at_sms(phone: Phone, world: World) -> None:
    lock = SmsLockScreen(phone.page, world)
    lock.open()
    lock.verify()
    lock.expect_from(CONTROL_SENDER)


@when("ik terugga naar de itsme-app")
def back_to_app(phone: Phone) -> None:
    phone.page.go_back()


@when("ik op de smartphone de controlecode uit de sms ingeef")
def app_control_code(phone: Phone, world: World, me: Person) -> None:
    AppEnrolSms(phone.page, world).enter(_last_control_code(world, me))


@when(parsers.re(r"ik op de smartphone (?P<times>\d+) keer een foute controlecode bevestig"))
def wrong_control_codes(phone: Phone, world: World, times: str) -> None:
    screen = AppEnrolSms(phone.page, world)
    for _ in range(int(times)):
        screen.enter(WRONG_CONTROL_CODE)
        screen.click(screen.text("itsme.enrol.confirm"))


@when(parsers.re(r'ik op de smartphone "(?P<code>\d{5})" als nieuwe itsme-code kies'))
def choose_code(phone: Phone, world: World, code: str) -> None:
    AppEnrolCode(phone.page, world).enter(code)


@when(parsers.re(r'ik op de smartphone de nieuwe itsme-code "(?P<code>\d{5})" herhaal'))
def repeat_code(phone: Phone, world: World, code: str) -> None:
    AppEnrolCodeConfirm(phone.page, world).enter(code)


@then(parsers.re(r'meldt de itsme-app "(?P<text>[^"]+)"'))
def app_says(phone: Phone, world: World, text: str) -> None:
    AppScreen(phone.page, world).expect_problem(text)


@given("ik surf naar de registratiesite van itsme")
def open_enrolment_site(page: Page, world: World) -> None:
    EnrolmentForm(page, world).open()


@given("ik heb het contract op de computer met mijn eID getekend")
def signed_on_the_computer(page: Page, world: World, me: Person, eid_reader: EidReader) -> None:
    """Steps 2 to 4 at once, for the scenarios about what follows."""
    form = EnrolmentForm(page, world)
    form.open()
    form.fill(parse_phone_number(BELGIUM, me.mobile).national, me.email)
    form.click(form.text("itsme_enrolment.form.next"))
    eid_reader.insert(me)
    contract = EnrolmentContract(page, world)
    contract.verify()
    contract.click(contract.text("itsme_enrolment.contract.sign"))
    certificate = EidCertificateDialog(page, world)
    certificate.verify()
    certificate.click(certificate.text("eid_middleware.ok"))
    pin = EidPinDialog(page, world)
    pin.enter_pin(me.pin)
    pin.click(pin.text("eid_middleware.ok"))
    EnrolmentToken(page, world).verify()


@given("ik heb in de itsme-app mijn gsm-nummer ingegeven")
def app_up_to_token(phone: Phone, world: World, me: Person) -> None:
    welcome = AppWelcome(phone.page, world)
    welcome.open()
    welcome.verify()
    welcome.click(welcome.text("itsme.enrol.create"))
    number = AppEnrolPhone(phone.page, world)
    number.enter(parse_phone_number(BELGIUM, me.mobile).national)
    number.click(number.text("itsme.enrol.next"))
    AppEnrolToken(phone.page, world).verify()


@given("ik heb in de itsme-app het identificatietoken ingegeven")
def app_up_to_sms(page: Page, phone: Phone, world: World) -> None:
    token = AppEnrolToken(phone.page, world)
    token.enter(EnrolmentToken(page, world).read_token())
    token.click(token.text("itsme.enrol.next"))
    AppEnrolSms(phone.page, world).verify()


@given("ik heb de controlecode uit de sms bevestigd")
def app_up_to_code(phone: Phone, world: World, me: Person) -> None:
    sms = AppEnrolSms(phone.page, world)
    sms.enter(_last_control_code(world, me))
    sms.click(sms.text("itsme.enrol.confirm"))
    AppEnrolCode(phone.page, world).verify()


@given(parsers.re(r'ik heb mijn itsme-account aangemaakt met de itsme-code "(?P<code>\d{5})"'))
def enrolled(  # noqa: PLR0917 - pytest-bdd passes fixtures by position
    page: Page, phone: Phone, world: World, me: Person, eid_reader: EidReader, code: str
) -> None:
    """The eight steps at once (the scenarios about them are in aanmaken.feature)."""
    signed_on_the_computer(page, world, me, eid_reader)
    app_up_to_token(phone, world, me)
    app_up_to_sms(page, phone, world)
    app_up_to_code(phone, world, me)
    chosen = AppEnrolCode(phone.page, world)
    chosen.enter(code)
    chosen.click(chosen.text("itsme.enrol.confirm"))
    again = AppEnrolCodeConfirm(phone.page, world)
    again.enter(code)
    again.click(again.text("itsme.enrol.confirm"))
    biometrics = AppEnrolBiometrics(phone.page, world)
    biometrics.verify()
    biometrics.click(biometrics.text("itsme.enrol.biometrics_off"))
    AppEnrolDone(phone.page, world).verify()
