"""PersoSelfService's inactivity timeout over HTTP: every request checks and extends the
session on the world's clock; the keep-alive; the expiry page and the way back in."""

from __future__ import annotations

import re

from mock_services.hosting.world_host import WorldHost
from tests.persoselfservice.conftest import (
    EXPIRE,
    HOME,
    KEEP_ALIVE,
    PAYSLIPS,
    SHORT,
    Visitor,
    logged_in,
)


def expired_page(visitor: Visitor, path: str) -> bool:
    page, url = visitor.get(path)
    return url == visitor.url(EXPIRE) and "Uw sessie is verlopen" in page.text


def test_a_page_just_before_20_minutes_is_served(visitor: Visitor) -> None:
    visitor.wait(minutes=19, seconds=59)
    page, url = visitor.get(PAYSLIPS)
    assert (page.status_code, url) == (200, visitor.url(PAYSLIPS))
    assert "An Marie Peeters" in page.text


def test_at_exactly_20_minutes_a_protected_page_leads_to_the_expiry_page(
    visitor: Visitor,
) -> None:
    visitor.wait(minutes=20)
    assert expired_page(visitor, PAYSLIPS)


def test_every_page_counts_as_activity(visitor: Visitor) -> None:
    visitor.wait(minutes=10)
    visitor.get(PAYSLIPS)
    visitor.wait(minutes=19)
    assert visitor.get(HOME)[1] == visitor.url(HOME)
    visitor.wait(minutes=20)
    assert expired_page(visitor, HOME)


def test_stylesheets_and_scripts_do_not_count_as_activity(visitor: Visitor) -> None:
    visitor.wait(minutes=15)
    for asset in ("/static/inactivity.js", "/_shared/federal.css", "/favicon.ico"):
        visitor.browser.get(visitor.url(asset), timeout=5)
    visitor.wait(minutes=5)
    assert expired_page(visitor, HOME)


def test_the_keep_alive_extends_the_session_and_says_until_when(visitor: Visitor) -> None:
    visitor.wait(minutes=18)
    answer = visitor.keep_alive()
    assert answer.status_code == 200
    body = answer.json()
    assert body["status"] == "active"
    assert body["expires_in_ms"] == 20 * 60 * 1000
    assert body["expires_at"] == "2026-03-02T09:08:00+00:00"  # 08:30 + 18 + 20 minutes
    visitor.wait(minutes=19)
    assert visitor.get(PAYSLIPS)[1] == visitor.url(PAYSLIPS)


def test_a_keep_alive_after_the_end_is_refused_with_the_way_to_the_expiry_page(
    visitor: Visitor,
) -> None:
    visitor.wait(minutes=23)
    answer = visitor.keep_alive()
    assert answer.status_code == 401
    assert answer.json() == {"status": "expired", "next": EXPIRE}
    # The session is over: it stays refused, and the home page sends to the start page.
    assert visitor.keep_alive().status_code == 401
    assert visitor.get(HOME)[1] == visitor.url("/")


def test_a_keep_alive_without_a_login_is_refused(host: WorldHost) -> None:
    visitor = logged_in(host)
    visitor.browser.cookies.clear()
    assert visitor.keep_alive().json()["status"] == "expired"


def test_the_expiry_page_ends_the_session_and_offers_to_log_in_again(visitor: Visitor) -> None:
    page, _ = visitor.get(EXPIRE)
    assert page.status_code == 200
    assert "U bent afgemeld wegens inactiviteit" in page.text
    link = re.search(
        r'<a href="([^"]+)" data-anchor="login-peoplesoft">Aanmelden bij PeopleSoft', page.text
    )
    assert link is not None
    assert link.group(1) == "/login"
    # After the expiry page nobody is logged in any more: the home page sends to the start.
    assert visitor.get(HOME)[1] == visitor.url("/")
    assert visitor.keep_alive().status_code == 401


def test_aanmelden_bij_peoplesoft_starts_a_login_at_csam(visitor: Visitor) -> None:
    visitor.wait(minutes=20)
    visitor.get(HOME)
    login = visitor.browser.get(visitor.url("/login"), allow_redirects=False, timeout=5)
    assert login.status_code == 302
    assert login.headers["Location"].startswith(visitor.world.url("csam", "/fas/oauth2/"))


def test_after_expiry_the_start_page_is_shown_without_a_user(visitor: Visitor) -> None:
    visitor.wait(minutes=21)
    page, url = visitor.get("/")
    assert url == visitor.url("/")
    assert "Aanmelden/Connexion" in page.text


def test_logging_in_again_gives_a_fresh_session(host: WorldHost) -> None:
    first = logged_in(host)
    first.wait(minutes=25)
    again = logged_in(host)
    assert again.get(HOME)[1] == again.url(HOME)


def test_signed_in_pages_carry_the_policy_for_the_page_and_are_not_cached(
    visitor: Visitor,
) -> None:
    page, _ = visitor.get(HOME)
    assert page.headers["Cache-Control"] == "no-store"
    assert 'data-timeout-ms="1200000"' in page.text
    assert 'data-warning-before-ms="120000"' in page.text
    assert f'data-keep-alive-url="{KEEP_ALIVE}"' in page.text
    assert 'data-expired-url="/psp/ps/EMPLOYEE/HRMS/?cmd=expire"' in page.text
    assert "Uw sessie verloopt over 2 minuten wegens inactiviteit." in page.text


def test_the_durations_are_configurable_per_app(short_host: WorldHost) -> None:
    visitor = logged_in(short_host)
    page, _ = visitor.get(HOME)
    assert 'data-timeout-ms="300000"' in page.text
    assert 'data-warning-before-ms="90000"' in page.text
    assert "Uw sessie verloopt over 90 seconden wegens inactiviteit." in page.text
    visitor.wait(minutes=4)
    assert visitor.keep_alive().json()["expires_in_ms"] == SHORT.timeout.total_seconds() * 1000
    visitor.wait(minutes=5)
    assert expired_page(visitor, HOME)
    assert "verbroken na 5 minuten zonder activiteit" in visitor.get(EXPIRE)[0].text
