"""PersoSelfService and PersoContact as CSAM's relying parties: sessions, access, errors."""

from __future__ import annotations

import pytest
import requests

from mock_services.hosting.world_host import WorldHost
from mock_services.systems.csam.login import complete_login
from mock_services.world import World
from mock_services.world.people import person
from tests.oidc.conftest import follow, query

APPS = {
    "persoselfservice": ("/login", "/oidc/callback", "Startpagina werknemer"),
    "persocontact": ("/persocontact/login", "/persocontact/oidc/callback", "Hoe kunnen we je"),
}


def login_at_csam(
    world_host: WorldHost, browser: requests.Session, app: str, person_id: str
) -> str:
    """Start the app's login, let ``person_id`` log in at CSAM: the callback URL with the code."""
    world = world_host.world
    start = browser.get(world.url(app, APPS[app][0]), allow_redirects=False, timeout=5)
    assert start.status_code == 302
    authorize = browser.get(start.headers["Location"], allow_redirects=False, timeout=5)
    transaction = query(authorize.headers["Location"])["tx"]
    with world_host.servers["csam"].app.test_request_context("/fas/login/eid"):
        back = complete_login(transaction, person(person_id), key="eid")
    location: str = back.headers["Location"]
    return location


@pytest.mark.parametrize("app", list(APPS))
def test_federal_staff_get_in_and_see_their_name(
    world_host: WorldHost, world: World, app: str
) -> None:
    with requests.Session() as browser:
        page, _ = follow(browser, login_at_csam(world_host, browser, app, "an"))
        assert page.status_code == 200
        assert APPS[app][2] in page.text
        assert "An Marie Peeters" in page.text


def test_other_people_get_a_clear_no_access_page(world_host: WorldHost, world: World) -> None:
    with requests.Session() as browser:
        page, _ = follow(browser, login_at_csam(world_host, browser, "persoselfservice", "dirk"))
    assert page.status_code == 403
    assert "Je hebt geen toegang tot PersoSelfService" in page.text
    assert "Dirk Wouters" in page.text


def test_logout_ends_both_sessions(world_host: WorldHost, world: World) -> None:
    with requests.Session() as browser:
        follow(browser, login_at_csam(world_host, browser, "persoselfservice", "an"))
        assert len(world.state("csam.sessions", dict)) == 1
        page, url = follow(browser, world.url("persoselfservice", "/logout"))
        assert url.startswith(world.url("persoselfservice", "/logged-out?state="))
        assert "Je bent afgemeld" in page.text
        assert world.state("csam.sessions", dict) == {}
        _, url = follow(browser, world.url("persoselfservice", "/psp/ps/EMPLOYEE/HRMS/h/"))
        assert url == world.url("persoselfservice", "/")


def test_a_callback_without_a_login_in_progress_is_refused_clearly(world: World) -> None:
    answer = requests.get(
        world.url("persoselfservice", "/oidc/callback?code=abc&state=forged"), timeout=5
    )
    assert answer.status_code == 400
    assert "Aanmelden is niet gelukt" in answer.text


def test_a_forged_state_is_refused(world_host: WorldHost, world: World) -> None:
    with requests.Session() as browser:
        callback = login_at_csam(world_host, browser, "persoselfservice", "an")
        forged = callback.replace("state=", "state=x")
        answer = browser.get(forged, timeout=5)
    assert answer.status_code == 400
    assert "Aanmelden is niet gelukt" in answer.text


def test_an_error_from_csam_gets_a_clear_page(world_host: WorldHost, world: World) -> None:
    with requests.Session() as browser:
        callback = login_at_csam(world_host, browser, "persocontact", "an")
        state = query(callback)["state"]
        answer = browser.get(
            world.url("persocontact", "/persocontact/oidc/callback"),
            params={"error": "access_denied", "state": state},
            timeout=5,
        )
    assert answer.status_code == 400
    assert "afgebroken of geweigerd" in answer.text


def test_a_replayed_callback_is_refused(world_host: WorldHost, world: World) -> None:
    with requests.Session() as browser:
        callback = login_at_csam(world_host, browser, "persoselfservice", "an")
        assert browser.get(callback, allow_redirects=False, timeout=5).status_code == 302
        again = browser.get(callback, timeout=5)
    assert again.status_code == 400


def test_the_home_page_needs_a_login(world: World) -> None:
    answer = requests.get(
        world.url("persocontact", "/persocontact/home"), allow_redirects=False, timeout=5
    )
    assert answer.status_code == 302
    assert answer.headers["Location"].endswith("/persocontact")


def test_many_unfinished_logins_keep_the_session_cookie_small(
    world_host: WorldHost, world: World
) -> None:
    """Someone who clicks "Aanmelden" again and again (back, click, back...) starts a login
    each time; the application keeps only the latest few, so its session cookie stays below
    the 4 KB browsers keep (RFC 6265 5.3's minimum) and the last login still succeeds."""
    app = "persoselfservice"
    with requests.Session() as browser:
        for _ in range(40):
            start = browser.get(world.url(app, APPS[app][0]), allow_redirects=False, timeout=5)
            assert start.status_code == 302
            cookie = start.headers["Set-Cookie"]
            assert len(cookie) < 4000, f"session cookie of {len(cookie)} bytes"
        page, _ = follow(browser, login_at_csam(world_host, browser, app, "an"))
    assert page.status_code == 200
    assert "An Marie Peeters" in page.text
