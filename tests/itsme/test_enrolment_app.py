"""Steps 5 to 8 in the app, the account they make, and the login with it."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import timedelta
from urllib.parse import urljoin

import pytest
import requests

from mock_services.systems.itsme.accounts import itsme_account
from mock_services.systems.itsme.enrolment import Stage, enrolments
from mock_services.systems.sms.network import sms_network
from mock_services.world import World
from mock_services.world.faults import Fault
from mock_services.world.people import person
from tests.itsme.enrolment_helpers import (
    LOTTE_PHONE,
    app,
    app_up_to_control_code,
    last_control_code,
    signed_up_to_token,
)
from tests.oidc.conftest import follow

ITSME_CODE = "47139"


@pytest.fixture
def computer() -> Iterator[requests.Session]:
    with requests.Session() as session:
        yield session


@pytest.fixture
def phone() -> Iterator[requests.Session]:
    with requests.Session() as session:
        yield session


@pytest.fixture
def token(world: World, computer: requests.Session) -> str:
    return signed_up_to_token(world, computer)


def post(device: requests.Session, world: World, path: str, **data: str) -> requests.Response:
    return device.post(app(world, path), data=data, timeout=5)


def test_the_number_must_have_an_enrolment_waiting(world: World, phone: requests.Session) -> None:
    answer = post(phone, world, "/enrol", country="32", phone="0475678901")
    assert answer.status_code == 422
    assert "Voor dit gsm-nummer is geen itsme-registratie bezig" in answer.text
    bad = post(phone, world, "/enrol", country="32", phone="12")
    assert "Dit is geen geldig Belgisch gsm-nummer" in bad.text


def test_the_token_with_the_wrong_case_is_refused_saying_capitals_count(
    world: World, phone: requests.Session, token: str
) -> None:
    post(phone, world, "/enrol", country="32", phone="0475 67 89 01")
    for typed in (token.lower(), token.upper(), token.replace("-", "")):
        if typed == token:
            continue
        answer = post(phone, world, "/enrol/token", token=typed)
        assert answer.status_code == 422
        assert "HOOFDletters en leestekens tellen mee" in answer.text
    wrong = post(phone, world, "/enrol/token", token="AAA-BBB-CC")
    assert "Deze identificatietoken is niet juist" in wrong.text
    assert sms_network(world).count() == 0
    accepted = post(phone, world, "/enrol/token", token=token)
    assert "Geef je controlecode in" in accepted.text


def test_five_wrong_tokens_stop_the_enrolment(
    world: World, phone: requests.Session, token: str
) -> None:
    post(phone, world, "/enrol", country="32", phone="0475678901")
    for _ in range(4):
        assert "Nog" in post(phone, world, "/enrol/token", token="AAA-BBB-CC").text
    stopped = post(phone, world, "/enrol/token", token="AAA-BBB-CC")
    assert "Je registratie werd stopgezet" in stopped.text
    assert "Je registratie werd stopgezet" in post(phone, world, "/enrol/token", token=token).text


def test_an_expired_token_is_refused(world: World, phone: requests.Session, token: str) -> None:
    post(phone, world, "/enrol", country="32", phone="0475678901")
    world.clock.advance(timedelta(minutes=29, seconds=59))
    assert "Geef je identificatietoken in" in phone.get(app(world, "/enrol/token")).text
    world.clock.advance(timedelta(seconds=1))
    answer = post(phone, world, "/enrol/token", token=token)
    assert answer.status_code == 410
    assert "Je identificatietoken is verlopen" in answer.text


def test_the_control_code_comes_by_sms_from_8836(
    world: World, phone: requests.Session, token: str
) -> None:
    app_up_to_control_code(world, phone, token)
    (message,) = requests.get(
        world.url("control", "/api/sms/messages"), params={"to": LOTTE_PHONE}, timeout=5
    ).json()
    assert message["from"] == "8836"
    assert re.fullmatch(r"Je itsme-controlecode is \d{5}\. .*", message["text"])
    assert message["date"] == "2026-03-02T08:30:00+00:00"
    page = phone.get(app(world, "/enrol/sms"), timeout=5).text
    assert "naar +32\xa0475\xa067\xa089\xa001." in page


def test_three_wrong_control_codes_stop_the_enrolment(
    world: World, phone: requests.Session, token: str
) -> None:
    app_up_to_control_code(world, phone, token)
    wrong = "00000" if last_control_code(world) != "00000" else "11111"
    assert "Je hebt nog 2 pogingen" in post(phone, world, "/enrol/sms", code=wrong).text
    assert "nog 1 poging" in post(phone, world, "/enrol/sms", code=wrong).text
    assert "Je registratie werd stopgezet" in post(phone, world, "/enrol/sms", code=wrong).text
    right = post(phone, world, "/enrol/sms", code=last_control_code(world))
    assert "Je registratie werd stopgezet" in right.text
    (enrolment,) = enrolments(world).by_id.values()
    assert enrolment.stage is Stage.STOPPED


def test_send_again_sends_a_new_code_and_the_old_one_no_longer_counts(
    world: World, phone: requests.Session, token: str
) -> None:
    app_up_to_control_code(world, phone, token)
    first = last_control_code(world)
    resent = phone.post(app(world, "/enrol/sms/send"), timeout=5)
    assert "We stuurden je een nieuwe controlecode" in resent.text
    second = last_control_code(world)
    assert len(sms_network(world).messages(LOTTE_PHONE)) == 2
    assert first != second
    assert "Foute controlecode" in post(phone, world, "/enrol/sms", code=first).text
    assert "Kies je itsme-code" in post(phone, world, "/enrol/sms", code=second).text


def test_the_sms_network_down_is_explained_and_sending_again_works(
    world: World, phone: requests.Session, token: str
) -> None:
    post(phone, world, "/enrol", country="32", phone="0475678901")
    world.faults.set("sms", Fault.DOWN)
    answer = post(phone, world, "/enrol/token", token=token)
    assert answer.status_code == 422
    assert "De sms met je controlecode kon niet worden verstuurd" in answer.text
    assert "Opnieuw versturen" in answer.text
    again = phone.post(app(world, "/enrol/sms/send"), timeout=5)
    assert "kon niet worden verstuurd" in again.text
    assert "kon niet worden verstuurd" in phone.get(app(world, "/enrol/sms"), timeout=5).text
    world.faults.set("sms", None)
    sent = phone.post(app(world, "/enrol/sms/send"), timeout=5)
    assert "We stuurden je een nieuwe controlecode" in sent.text
    assert (
        "Kies je itsme-code" in post(phone, world, "/enrol/sms", code=last_control_code(world)).text
    )


def choose_code(world: World, phone: requests.Session, token: str) -> None:
    app_up_to_control_code(world, phone, token)
    post(phone, world, "/enrol/sms", code=last_control_code(world))


@pytest.mark.parametrize(
    ("code", "message"),
    [
        ("1234", "Je itsme-code bestaat uit 5 cijfers."),
        ("abcde", "Je itsme-code bestaat uit 5 cijfers."),
        ("11111", "Deze code is te makkelijk te raden."),
        ("34567", "Deze code is te makkelijk te raden."),
        ("54321", "Deze code is te makkelijk te raden."),
    ],
)
def test_the_itsme_code_has_five_digits_not_easy_to_guess(
    world: World, phone: requests.Session, token: str, code: str, message: str
) -> None:
    choose_code(world, phone, token)
    answer = post(phone, world, "/enrol/code", code=code)
    assert answer.status_code == 422
    assert message in answer.text


def test_codes_that_do_not_match_are_refused(
    world: World, phone: requests.Session, token: str
) -> None:
    choose_code(world, phone, token)
    assert "Bevestig je itsme-code" in post(phone, world, "/enrol/code", code=ITSME_CODE).text
    mismatch = post(phone, world, "/enrol/code/confirm", code="47193")
    assert mismatch.status_code == 422
    assert "De codes komen niet overeen. Kies je itsme-code opnieuw." in mismatch.text
    assert "Kies je itsme-code" in mismatch.text
    # The confirmation screen needs a newly chosen code first.
    assert "Kies je itsme-code" in phone.get(app(world, "/enrol/code/confirm"), timeout=5).text


def enrol(world: World, phone: requests.Session, token: str, biometrics: str) -> requests.Response:
    choose_code(world, phone, token)
    post(phone, world, "/enrol/code", code=ITSME_CODE)
    post(phone, world, "/enrol/code/confirm", code=ITSME_CODE)
    return post(phone, world, "/enrol/biometrics", biometrics=biometrics)


@pytest.mark.parametrize("biometrics", ["on", "off"])
def test_the_digital_identity_is_created(
    world: World, phone: requests.Session, token: str, biometrics: str
) -> None:
    done = enrol(world, phone, token, biometrics)
    assert "Je digitale identiteit is aangemaakt!" in done.text
    account = itsme_account(world, LOTTE_PHONE)
    assert account is not None
    assert account.national_number == person("lotte").national_number
    assert account.itsme_code == ITSME_CODE
    assert account.itsme_fingerprint is (biometrics == "on")
    assert "Hallo Lotte" in phone.get(app(world), timeout=5).text
    cookie = next(c for c in phone.cookies if c.name == "itsme_device")
    assert (cookie.path, cookie.has_nonstandard_attr("HttpOnly")) == ("/app", True)


def test_the_new_account_logs_in_to_persoselfservice_with_its_new_code(
    world: World, computer: requests.Session, phone: requests.Session, token: str
) -> None:
    enrol(world, phone, token, "off")
    with requests.Session() as desktop:
        choice, url = follow(desktop, world.url("persoselfservice", "/login"))
        link = re.search(r'href="([^"]*/fas/login/itsme[^"]*)"', choice.text)
        assert link is not None
        _, url = follow(desktop, urljoin(url, link.group(1).replace("&amp;", "&")))
        sent = desktop.post(url, data={"country": "32", "phone": "0475 67 89 01"}, timeout=5)
        assert "Bevestig in je itsme-app" in sent.text
        request_id = sent.url.rsplit("/", 1)[1]
        shown = phone.get(app(world), timeout=5).text
        assert "PersoSelfService via CSAM wil je identificeren" in shown
        assert "Lotte Verstraeten" in shown
        confirmed = post(phone, world, f"/requests/{request_id}/confirm", code=ITSME_CODE)
        assert "Gelukt!" in confirmed.text
        status = desktop.get(world.url("itsme", f"/api/requests/{request_id}"), timeout=5).json()
        home, url = follow(desktop, world.url("itsme", status["next"]))
    assert url.endswith("/psp/ps/EMPLOYEE/HRMS/h/")
    assert "Lotte Verstraeten" in home.text


def test_an_enrolled_number_cannot_enrol_again(
    world: World, phone: requests.Session, token: str
) -> None:
    enrol(world, phone, token, "off")
    with requests.Session() as computer:
        again = computer.post(
            world.url("itsme_enrolment", "/self-enroll"),
            data={"country": "32", "phone": "0475678901", "email": "lotte@example.be"},
            timeout=5,
        )
    assert "Dit gsm-nummer heeft al een itsme-account." in again.text


def test_a_screen_out_of_turn_leads_to_the_current_step(
    world: World, phone: requests.Session, token: str
) -> None:
    assert "Geef je gsm-nummer in" in phone.get(app(world, "/enrol/code"), timeout=5).text
    app_up_to_control_code(world, phone, token)
    assert "Geef je controlecode in" in phone.get(app(world, "/enrol/biometrics"), timeout=5).text
