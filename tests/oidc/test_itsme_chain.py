"""The whole itsme login over HTTP, no browser: app → CSAM → itsme → phone → back."""

from __future__ import annotations

import re
from urllib.parse import urljoin

import requests

from mock_services.hosting.world_host import WorldHost
from mock_services.oidc.provider import DISCOVERY_PATH
from mock_services.systems.csam.digital_keys import LOA_HIGH
from mock_services.systems.csam.oidc_provider import csam_sessions
from mock_services.systems.itsme.contract import ACR_ADVANCED, NATIONAL_NUMBER_CLAIM
from mock_services.world import World
from mock_services.world.people import person
from tests.oidc.conftest import follow


def give_device(world: World, phone: requests.Session, number: str) -> None:
    """The phone gets the account's device credential, as the harness installs it."""
    device = requests.post(
        world.url("control", "/api/itsme/devices"), json={"phone": number}, timeout=5
    ).json()
    phone.cookies.set(device["cookie"]["name"], device["cookie"]["value"])


def itsme_login(world: World, desktop: requests.Session, phone: requests.Session) -> str:
    """Log An in to PersoSelfService with itsme; the URL of the wait page's next step."""
    choice, url = follow(desktop, world.url("persoselfservice", "/login"))
    link = re.search(r'href="([^"]*/fas/login/itsme[^"]*)"', choice.text)
    assert link is not None
    _, url = follow(desktop, urljoin(url, link.group(1).replace("&amp;", "&")))
    sent = desktop.post(url, data={"country": "32", "phone": "0470/12.34.56"}, timeout=5)
    assert "Bevestig in je itsme-app" in sent.text
    request_id = sent.url.rsplit("/", 1)[1]
    give_device(world, phone, "+32470123456")
    app, app_url = follow(phone, world.url("itsme", "/app"))
    assert "PersoSelfService via CSAM wil je identificeren" in app.text
    confirm = phone.post(
        urljoin(app_url, f"/app/requests/{request_id}/confirm"), data={"code": "24680"}, timeout=5
    )
    assert "Gelukt!" in confirm.text
    status = desktop.get(world.url("itsme", f"/api/requests/{request_id}"), timeout=5).json()
    assert status["status"] == "approved"
    return world.url("itsme", status["next"])


def test_itsme_login_reaches_the_app_with_high_assurance(
    world_host: WorldHost, world: World
) -> None:
    with requests.Session() as desktop, requests.Session() as phone:
        home, url = follow(desktop, itsme_login(world, desktop, phone))
        cookie = desktop.cookies.get("persoselfservice_session")
    assert url.endswith("/psp/ps/EMPLOYEE/HRMS/h/")
    assert "An Marie Peeters" in home.text
    app = world_host.servers["persoselfservice"].app
    serializer = app.session_interface.get_signing_serializer(app)  # type: ignore[attr-defined]
    user = serializer.loads(cookie)["user"]
    assert user["acr"] == LOA_HIGH
    assert user["key"] == "itsme"
    assert user["national_number"] == person("an").national_number
    (session,) = csam_sessions(world).values()
    assert session.key == "itsme"


def test_an_approval_gives_a_single_code(world: World) -> None:
    with requests.Session() as desktop, requests.Session() as phone:
        next_step = itsme_login(world, desktop, phone)
        follow(desktop, next_step)
        again = desktop.get(next_step, timeout=5)
    assert again.status_code == 400
    assert "Deze aanvraag werd al gebruikt" in again.text


def test_itsme_discovery_and_claims(world: World) -> None:
    metadata = requests.get(world.url("itsme", DISCOVERY_PATH), timeout=5).json()
    assert metadata["issuer"] == world.urls["itsme"]
    assert ACR_ADVANCED in metadata["acr_values_supported"]
    assert NATIONAL_NUMBER_CLAIM in metadata["claims_supported"]
    assert metadata["code_challenge_methods_supported"] == ["S256"]
    assert "end_session_endpoint" not in metadata


def test_itsme_refuses_an_unregistered_redirect_uri(world: World) -> None:
    answer = requests.get(
        world.url("itsme", "/v2/authorization"),
        params={
            "response_type": "code",
            "client_id": "csam",
            "redirect_uri": "http://127.0.0.1:9/steal",
            "scope": "openid",
            "state": "s",
        },
        timeout=5,
    )
    assert answer.status_code == 400
    assert "Ongeldige aanvraag" in answer.text
