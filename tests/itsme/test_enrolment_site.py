"""Steps 2 to 4 on the computer: the form, the contract signed with the eID, the token."""

from __future__ import annotations

from datetime import timedelta

import pytest
import requests

from mock_services.smartcard.eid_pki import KeyRole
from mock_services.systems.itsme.enrolment import Stage, enrolments
from mock_services.systems.mail.mailboxes import mailboxes
from mock_services.world import World
from mock_services.world.people import person
from tests.itsme.enrolment_helpers import (
    card_answer,
    give_details,
    sign_back,
    signed_up_to_token,
    site,
    start_signing,
)


def test_the_form_preselects_belgium_and_offers_the_neighbours(world: World) -> None:
    page = requests.get(site(world), timeout=5).text
    options = [line.strip() for line in page.splitlines() if "<option" in line]
    assert "selected" in options[0]
    assert "+32 België" in options[0]
    for code in ("+31 Nederland", "+33 Frankrijk", "+352 Luxemburg", "+49 Duitsland"):
        assert any(code in option for option in options), code


@pytest.mark.parametrize(
    ("phone", "email", "messages"),
    [
        ("", "", ["Geef je gsm-nummer in.", "Geef je e-mailadres in."]),
        ("02 123 45 67", "lotte@example.be", ["Dit is geen geldig Belgisch gsm-nummer."]),
        ("0475 67 89 01", "lotte@", ["Dit e-mailadres is ongeldig."]),
        ("0475 67 89 01", "lotte at example.be", ["Dit e-mailadres is ongeldig."]),
        ("0470 12 34 56", "an@example.be", ["Dit gsm-nummer heeft al een itsme-account."]),
    ],
)
def test_the_form_says_what_is_wrong_and_keeps_what_was_typed(
    world: World, phone: str, email: str, messages: list[str]
) -> None:
    with requests.Session() as computer:
        answer = give_details(world, computer, phone=phone, email=email or " ")
    assert answer.status_code == 422
    for message in messages:
        assert message in answer.text
    assert f'value="{phone}"' in answer.text
    assert enrolments(world).by_id == {}


def test_a_number_with_another_country_code(world: World) -> None:
    with requests.Session() as computer:
        answer = computer.post(
            site(world),
            data={"country": "31", "phone": "06 12345678", "email": "lotte@example.nl"},
            timeout=5,
        )
    assert answer.status_code == 200
    (enrolment,) = enrolments(world).by_id.values()
    assert enrolment.phone == "+31612345678"


def test_the_contract_is_shown_with_its_hash_and_sent_to_the_eid_software(world: World) -> None:
    with requests.Session() as computer:
        page = give_details(world, computer)
        assert "Lees en teken het contract" in page.text
        assert "Gebruikersovereenkomst itsme" in page.text
        (enrolment,) = enrolments(world).by_id.values()
        assert enrolment.contract.digest.hex() in page.text
        request = start_signing(world, computer)
    assert request.params["purpose"] == "sign"
    assert request.params["key"] == "signature"
    assert request.params["hash_algorithm"] == "sha256"
    assert request.digest == enrolment.contract.digest
    assert request.params["return_to"] == site(world, "/signed")


def test_the_signed_contract_gives_a_token_valid_30_minutes(world: World) -> None:
    with requests.Session() as computer:
        token = signed_up_to_token(world, computer)
        page = computer.get(site(world, "/token"), timeout=5).text
    assert "Geldig tot 10:00 (30 minuten)." in page  # 08:30 UTC is 09:30 in Brussels
    (enrolment,) = enrolments(world).by_id.values()
    assert enrolment.person_id == "lotte"
    assert enrolment.token == token
    assert enrolment.stage is Stage.TOKEN


def test_the_token_is_only_for_the_browser_that_signed(world: World) -> None:
    with requests.Session() as computer, requests.Session() as stranger:
        token = signed_up_to_token(world, computer)
        page = stranger.get(site(world, "/token"), timeout=5)
    assert token not in page.text
    assert "Maak je itsme-account aan met je eID" in page.text


def test_the_token_page_says_when_the_token_expired(world: World) -> None:
    with requests.Session() as computer:
        token = signed_up_to_token(world, computer)
        world.clock.advance(timedelta(minutes=30))
        page = computer.get(site(world, "/token"), timeout=5).text
    assert token not in page
    assert "Je identificatietoken is verlopen" in page


def test_a_signature_with_the_authentication_key_is_refused(world: World) -> None:
    with requests.Session() as computer:
        give_details(world, computer)
        request = start_signing(world, computer)
        answer = sign_back(
            world,
            computer,
            request,
            card_answer("lotte", request.digest, key=KeyRole.AUTHENTICATION),
        )
    assert answer.status_code == 400
    assert "niet met de handtekeningsleutel van je eID ondertekend" in answer.text
    (enrolment,) = enrolments(world).by_id.values()
    assert enrolment.stage is Stage.CONTRACT
    assert enrolment.token == ""


@pytest.mark.parametrize(
    ("person_id", "message"),
    [
        ("bram", "De certificaten van deze eID zijn ingetrokken."),
        ("chloe", "De certificaten van deze eID zijn verlopen."),
        ("an", "Je hebt al een itsme-account."),
    ],
)
def test_cards_that_cannot_enrol(world: World, person_id: str, message: str) -> None:
    with requests.Session() as computer:
        give_details(world, computer)
        request = start_signing(world, computer)
        answer = sign_back(world, computer, request, card_answer(person_id, request.digest))
    assert answer.status_code == 400
    assert message in answer.text


def test_a_signature_over_another_contract_is_refused(world: World) -> None:
    with requests.Session() as computer:
        give_details(world, computer)
        request = start_signing(world, computer)
        forged = card_answer("lotte", bytes(32))
        answer = sign_back(world, computer, request, forged)
    assert answer.status_code == 400
    assert "De handtekening kon niet worden gecontroleerd." in answer.text


@pytest.mark.parametrize(
    ("outcome", "message"),
    [
        ("cancelled", "Je hebt het ondertekenen geannuleerd."),
        ("no_reader", "Er werd geen kaartlezer gevonden."),
        ("no_card", "Er zit geen kaart in de kaartlezer."),
        ("card_removed", "De kaart werd uit de lezer gehaald"),
        ("pin_blocked", "De pincode van je eID is geblokkeerd."),
    ],
)
def test_what_the_eid_software_reports_is_explained(
    world: World, outcome: str, message: str
) -> None:
    with requests.Session() as computer:
        give_details(world, computer)
        request = start_signing(world, computer)
        answer = sign_back(world, computer, request, {"error": outcome})
        assert answer.status_code == 200
        assert message in answer.text
        # The contract can be signed again.
        again = start_signing(world, computer)
        signed = sign_back(world, computer, again, card_answer("lotte", again.digest))
    assert signed.status_code == 302


def test_a_signing_request_is_answered_once(world: World) -> None:
    with requests.Session() as computer:
        give_details(world, computer)
        request = start_signing(world, computer)
        answer = card_answer("lotte", request.digest)
        assert sign_back(world, computer, request, answer).status_code == 302
        replayed = sign_back(world, computer, request, answer)
    assert replayed.status_code == 400
    assert "Onbekende aanvraag" in replayed.text


def test_lotte_is_the_test_person_for_enrolment() -> None:
    lotte = person("lotte")
    assert (lotte.card, lotte.itsme, lotte.mobile) == ("valid", False, "+32475678901")


def test_the_token_is_also_sent_by_e_mail(world: World) -> None:
    with requests.Session() as computer:
        token = signed_up_to_token(world, computer)
        page = computer.get(site(world, "/token"), timeout=5).text
    assert "We hebben je identificatietoken ook naar lotte.verstraeten@example.be gestuurd." in page
    (mail,) = mailboxes(world).messages("lotte.verstraeten@example.be")
    assert mail.content.subject == "Je itsme-identificatietoken"
    assert token in mail.content.text
    assert "Hij is geldig tot 10:00." in mail.content.text
