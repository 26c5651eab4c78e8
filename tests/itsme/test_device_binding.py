"""The app belongs to the phone that enrolled: nobody else's phone sees or answers requests.

Before devices, opening ``/app?phone=<number>`` paired any phone with that number: it showed
the pending request with the person's national number and approved a login as them.
"""

from __future__ import annotations

import re
from urllib.parse import urljoin

import pytest
import requests

from mock_services.systems.itsme.devices import DEVICE_COOKIE, devices, register_device
from mock_services.world import World
from mock_services.world.people import format_national_number, person
from tests.oidc.conftest import follow

AN, EMMA = person("an"), person("emma")


def start_login(world: World, desktop: requests.Session, number: str) -> str:
    """Start a login to PersoSelfService with itsme for ``number``; the request's id."""
    choice, url = follow(desktop, world.url("persoselfservice", "/login"))
    link = re.search(r'href="([^"]*/fas/login/itsme[^"]*)"', choice.text)
    assert link is not None
    _, url = follow(desktop, urljoin(url, link.group(1).replace("&amp;", "&")))
    sent = desktop.post(url, data={"country": "32", "phone": number}, timeout=5)
    assert "Bevestig in je itsme-app" in sent.text
    return sent.url.rsplit("/", 1)[1]


def status(world: World, request_id: str) -> str:
    answer = requests.get(world.url("itsme", f"/api/requests/{request_id}"), timeout=5)
    result: str = answer.json()["status"]
    return result


def phone_with_device(world: World, number: str) -> requests.Session:
    device = requests.post(
        world.url("control", "/api/itsme/devices"), json={"phone": number}, timeout=5
    )
    assert device.status_code == 200, device.text
    phone = requests.Session()
    phone.cookies.set(DEVICE_COOKIE, device.json()["cookie"]["value"])
    return phone


def test_the_phone_number_in_the_url_pairs_nothing(world: World) -> None:
    with requests.Session() as desktop, requests.Session() as attacker:
        request_id = start_login(world, desktop, AN.mobile)
        app = attacker.get(world.url("itsme", "/app"), params={"phone": AN.mobile}, timeout=5)
        assert app.status_code == 200
        assert "Welkom bij itsme" in app.text
        assert "wil je identificeren" not in app.text
        assert format_national_number(AN.national_number) not in app.text
        assert request_id not in app.text
        seen = attacker.get(world.url("itsme", f"/app/requests/{request_id}/confirm"), timeout=5)
        confirm = attacker.post(
            world.url("itsme", f"/app/requests/{request_id}/confirm"),
            data={"code": AN.itsme_code},
            timeout=5,
        )
        refuse = attacker.post(world.url("itsme", f"/app/requests/{request_id}/refuse"), timeout=5)
    assert (seen.status_code, confirm.status_code, refuse.status_code) == (404, 404, 404)
    assert status(world, request_id) == "pending"


def test_knowing_the_number_of_a_fingerprint_user_is_not_enough(world: World) -> None:
    with requests.Session() as desktop, requests.Session() as attacker:
        request_id = start_login(world, desktop, EMMA.mobile)
        attacker.get(world.url("itsme", "/app"), params={"phone": EMMA.mobile}, timeout=5)
        answer = attacker.post(
            world.url("itsme", f"/app/requests/{request_id}/fingerprint"), timeout=5
        )
    assert answer.status_code == 404
    assert status(world, request_id) == "pending"


def test_a_phone_enrolled_for_another_number_cannot_see_or_answer(world: World) -> None:
    with requests.Session() as desktop, phone_with_device(world, EMMA.mobile) as emmas_phone:
        request_id = start_login(world, desktop, AN.mobile)
        home = emmas_phone.get(world.url("itsme", "/app"), params={"phone": AN.mobile}, timeout=5)
        assert "Geen openstaande aanvragen" in home.text
        assert format_national_number(AN.national_number) not in home.text
        answer = emmas_phone.post(
            world.url("itsme", f"/app/requests/{request_id}/confirm"),
            data={"code": AN.itsme_code},
            timeout=5,
        )
    assert answer.status_code == 404
    assert status(world, request_id) == "pending"


def test_the_own_phone_answers_its_own_request(world: World) -> None:
    with requests.Session() as desktop, phone_with_device(world, AN.mobile) as ans_phone:
        request_id = start_login(world, desktop, AN.mobile)
        app = ans_phone.get(world.url("itsme", "/app"), timeout=5)
        assert "PersoSelfService via CSAM wil je identificeren" in app.text
        answer = ans_phone.post(
            world.url("itsme", f"/app/requests/{request_id}/confirm"),
            data={"code": AN.itsme_code},
            timeout=5,
        )
    assert "Gelukt!" in answer.text
    assert status(world, request_id) == "approved"


def _other_than(character: str) -> str:
    """Another character of the credential's alphabet: the ids and secrets are random, so a
    fixed replacement ("x") is the same character one time in 64."""
    return "y" if character == "x" else "x"


@pytest.mark.parametrize("tamper", ["secret", "id", "empty"])
def test_a_forged_device_credential_is_nobody(world: World, tamper: str) -> None:
    credential = register_device(world, AN.mobile)
    device_id, secret = credential.split(".")
    forged = {
        "secret": f"{device_id}.{secret[:-1]}{_other_than(secret[-1])}",
        "id": f"{_other_than(device_id[0])}{device_id[1:]}.{secret}",
        "empty": f"{device_id}.",
    }[tamper]
    assert forged != credential
    assert devices(world).phone_of(credential) == AN.mobile
    assert devices(world).phone_of(forged) is None
    with requests.Session() as phone:
        phone.cookies.set(DEVICE_COOKIE, forged)
        assert "Welkom bij itsme" in phone.get(world.url("itsme", "/app"), timeout=5).text


@pytest.mark.parametrize(
    ("body", "error"),
    [
        ({"phone": person("bram").mobile}, "has no itsme account"),
        ({"phone": "0470123456"}, "has no itsme account"),
        ({}, "a JSON object with 'phone'"),
    ],
)
def test_devices_only_for_existing_accounts(world: World, body: object, error: str) -> None:
    answer = requests.post(world.url("control", "/api/itsme/devices"), json=body, timeout=5)
    assert answer.status_code == 400
    assert error in answer.json()["error"]
