"""itsme on the smartphone that also runs the browser: a link opens the app, the app sends
the browser back, and the login ends in that browser (the same authorization throughout)."""

from __future__ import annotations

import re
from datetime import timedelta
from urllib.parse import urljoin

import requests

from mock_services.systems.itsme import authorizations
from mock_services.systems.itsme.app_links import APP_LINK_PATH, app_links, on_smartphone
from mock_services.world import World
from mock_services.world.people import person
from tests.itsme.test_device_binding import phone_with_device, status
from tests.oidc.conftest import follow

AN = person("an")
SMARTPHONE = (
    "Mozilla/5.0 (iPhone; CPU iPhone OS 15_0 like Mac OS X) AppleWebKit/605.1.15"
    " (KHTML, like Gecko) Version/15.0 Mobile/15E148 Safari/604.1"
)
DESKTOP = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0"
BACK = re.compile(r'href="([^"]*/requests/[^"]*/continue)"')


def browser(user_agent: str = SMARTPHONE) -> requests.Session:
    session = requests.Session()
    session.headers["User-Agent"] = user_agent
    return session


def itsme_login_page(world: World, session: requests.Session) -> tuple[requests.Response, str]:
    """From PersoSelfService through CSAM's key choice to itsme's first page."""
    choice, url = follow(session, world.url("persoselfservice", "/login"))
    link = re.search(r'href="([^"]*/fas/login/itsme[^"]*)"', choice.text)
    assert link is not None
    return follow(session, urljoin(url, link.group(1).replace("&amp;", "&")))


def app_link(world: World, session: requests.Session) -> str:
    page, url = itsme_login_page(world, session)
    assert "Bevestig in de itsme-app op deze smartphone" in page.text
    found = re.search(r'href="([^"]*/app/authorize/[^"]*)"', page.text)
    assert found is not None
    link: str = urljoin(url, found.group(1))
    return link


def test_a_smartphone_browser_gets_the_link_to_the_app_and_a_computer_the_number_form(
    world: World,
) -> None:
    with browser() as phone, browser(DESKTOP) as computer:
        on_phone, phone_url = itsme_login_page(world, phone)
        on_computer, _ = itsme_login_page(world, computer)
    assert phone_url.endswith("/app")
    assert APP_LINK_PATH in on_phone.text
    assert "Open de itsme-app" in on_phone.text
    assert "Ik gebruik itsme op een andere smartphone" in on_phone.text
    assert "Gsm-nummer" not in on_phone.text
    assert "Gsm-nummer" in on_computer.text
    assert APP_LINK_PATH not in on_computer.text


def test_the_app_confirms_and_the_browser_finishes_the_login(world: World) -> None:
    with browser() as safari, phone_with_device(world, AN.mobile) as app:
        link = app_link(world, safari)
        request = app.get(link, timeout=5)
        assert "PersoSelfService via CSAM wil je identificeren" in request.text
        confirm = re.search(r'href="(/app/requests/([^/"]+)/confirm)"', request.text)
        assert confirm is not None
        request_id = confirm.group(2)
        approved = app.post(
            world.url("itsme", confirm.group(1)), data={"code": AN.itsme_code}, timeout=5
        )
        assert "Gelukt!" in approved.text
        assert "Je gaat terug naar je browser" in approved.text
        back = BACK.search(approved.text)
        assert back is not None
        assert back.group(1) == f"/requests/{request_id}/continue"
        home, home_url = follow(safari, world.url("itsme", back.group(1)))
        again, _ = follow(safari, world.url("itsme", back.group(1)))
    assert status(world, request_id) == "approved"
    assert home_url.startswith(world.url("persoselfservice", "/"))
    assert AN.full_name in home.text
    assert "Deze aanvraag werd al gebruikt" in again.text


def test_opening_the_link_again_opens_no_second_request(world: World) -> None:
    with browser() as safari, phone_with_device(world, AN.mobile) as app:
        link = app_link(world, safari)
        first = app.get(link, timeout=5)
        second = app.get(link, timeout=5)
    ids = {re.findall(r"/app/requests/([^/\"]+)/confirm", page.text)[0] for page in (first, second)}
    assert len(ids) == 1
    assert len(app_links(world).links) == 1


def test_a_phone_without_itsme_sees_the_welcome_screen_and_the_link_stays_good(
    world: World,
) -> None:
    with browser() as safari, requests.Session() as strangers_phone:
        link = app_link(world, safari)
        stranger = strangers_phone.get(link, timeout=5)
        with phone_with_device(world, AN.mobile) as app:
            own = app.get(link, timeout=5)
    assert "Welkom bij itsme" in stranger.text
    assert "wil je identificeren" not in stranger.text
    assert "PersoSelfService via CSAM wil je identificeren" in own.text


def test_an_unknown_or_ended_link_says_so_in_the_app(world: World) -> None:
    with browser() as safari, phone_with_device(world, AN.mobile) as app:
        link = app_link(world, safari)
        unknown = app.get(world.url("itsme", APP_LINK_PATH + "x" * 32), timeout=5)
        world.clock.advance(authorizations.AUTHORIZATION_LIFETIME + timedelta(seconds=1))
        ended = app.get(link, timeout=5)
    for page in (unknown, ended):
        assert page.status_code == 410
        assert "Deze aanvraag is verlopen. Start de aanmelding opnieuw in je browser." in page.text
        assert "Internal Server Error" not in page.text


def test_a_refusal_in_the_app_goes_back_to_the_browser_with_the_way_back(world: World) -> None:
    with browser() as safari, phone_with_device(world, AN.mobile) as app:
        link = app_link(world, safari)
        request = app.get(link, timeout=5)
        refuse = re.search(r'action="(/app/requests/[^"]+/refuse)"', request.text)
        assert refuse is not None
        refused = app.post(world.url("itsme", refuse.group(1)), timeout=5)
        back = BACK.search(refused.text)
        assert back is not None
        outcome, _ = follow(safari, world.url("itsme", back.group(1)))
    assert "Je hebt de aanvraag geweigerd" in refused.text
    assert outcome.status_code == 400
    assert "Aanvraag geweigerd" in outcome.text
    assert "Terug naar" in outcome.text


def test_a_request_from_the_computer_does_not_send_the_phone_anywhere(world: World) -> None:
    with browser(DESKTOP) as computer, phone_with_device(world, AN.mobile) as app:
        form, url = itsme_login_page(world, computer)
        assert "Gsm-nummer" in form.text
        computer.post(url, data={"country": "32", "phone": AN.mobile}, timeout=5)
        request = app.get(world.url("itsme", "/app"), timeout=5)
        confirm = re.search(r'href="(/app/requests/[^"]+/confirm)"', request.text)
        assert confirm is not None
        approved = app.post(
            world.url("itsme", confirm.group(1)), data={"code": AN.itsme_code}, timeout=5
        )
    assert "Ga verder op je computer." in approved.text
    assert BACK.search(approved.text) is None
    assert "Terug naar de browser" not in approved.text


def test_links_of_ended_authorizations_are_forgotten(world: World) -> None:
    with browser() as first, browser() as second:
        app_link(world, first)
        world.clock.advance(authorizations.AUTHORIZATION_LIFETIME + timedelta(seconds=1))
        app_link(world, second)
    assert len(app_links(world).links) == 1
    assert len(app_links(world).by_authorization) == 1


def test_smartphone_browsers_are_told_by_their_user_agent() -> None:
    assert on_smartphone(SMARTPHONE)
    assert on_smartphone("Mozilla/5.0 (Linux; Android 14; Pixel 8) Mobile Safari/537.36")
    assert not on_smartphone(DESKTOP)
    assert not on_smartphone(None)
