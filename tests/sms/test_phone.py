"""The phone's messages app: bound to its SIM's number, shown as a phone shows messages."""

from __future__ import annotations

from datetime import timedelta

import pytest
import requests
from playwright.sync_api import Browser, Playwright, expect

from fixtures.phone import phone_profile
from mock_services.systems.sms.client import send_sms
from mock_services.systems.sms.phone_app import SERVICE
from mock_services.systems.sms.sim import SIM_COOKIE, issue_sim
from mock_services.world import World
from mock_services.world.faults import Fault

AN, EMMA = "+32470123456", "+32474567890"


def phone_of(world: World, number: str) -> requests.Session:
    session = requests.Session()
    session.cookies.set(SIM_COOKIE, issue_sim(world, number))
    return session


def test_the_phone_shows_only_the_messages_to_its_number(world: World) -> None:
    send_sms(world, "itsme", "8836", AN, "Code voor An: 11111")
    send_sms(world, "itsme", "8836", EMMA, "Code voor Emma: 22222")
    with phone_of(world, AN) as phone:
        lock = phone.get(world.url(SERVICE, "/"), timeout=5).text
        thread = phone.get(world.url(SERVICE, "/messages/8836"), timeout=5).text
    assert "Code voor An: 11111" in lock
    assert "Code voor An: 11111" in thread
    assert "22222" not in lock + thread


def test_banners_show_the_newest_first(world: World) -> None:
    send_sms(world, "itsme", "8836", AN, "Eerste code 11111")
    world.clock.advance(timedelta(minutes=2))
    send_sms(world, "itsme", "8836", AN, "Nieuwe code 33333")
    with phone_of(world, AN) as phone:
        lock = phone.get(world.url(SERVICE, "/"), timeout=5).text
    assert lock.index("33333") < lock.index("11111")
    assert "maandag 2 maart" in lock
    assert "09:32" in lock  # 08:32 UTC, in Brussels


def _tampered(sim: str) -> str:
    """The SIM's credential with its last two characters changed (never to themselves: the
    credential is random)."""
    return sim[:-2] + ("yy" if sim.endswith("xx") else "xx")


@pytest.mark.parametrize("kind", ["none", "forged", "tampered"])
def test_without_a_genuine_sim_nothing_is_shown(world: World, kind: str) -> None:
    sim = {"none": None, "forged": "forged", "tampered": _tampered(issue_sim(world, AN))}[kind]
    send_sms(world, "itsme", "8836", AN, "Code voor An: 11111")
    with requests.Session() as phone:
        if sim is not None:
            phone.cookies.set(SIM_COOKIE, sim)
        for path in ("/", "/messages", "/messages/8836"):
            page = phone.get(world.url(SERVICE, path), timeout=5)
            assert page.status_code == 200
            assert "Geen simkaart" in page.text
            assert "11111" not in page.text


def test_an_unknown_conversation_is_a_friendly_404(world: World) -> None:
    with phone_of(world, AN) as phone:
        page = phone.get(world.url(SERVICE, "/messages/9999"), timeout=5)
    assert page.status_code == 404
    assert "bestaat niet" in page.text


def test_the_phone_keeps_its_messages_while_the_network_is_down(world: World) -> None:
    send_sms(world, "itsme", "8836", AN, "Code voor An: 11111")
    world.faults.set("sms", Fault.DOWN)
    with phone_of(world, AN) as phone:
        assert "11111" in phone.get(world.url(SERVICE, "/messages"), timeout=5).text


def test_the_screens_are_deterministic_in_the_phone_context(
    browser: Browser, playwright: Playwright, world: World
) -> None:
    send_sms(world, "itsme", "8836", AN, "Je itsme-controlecode is 48213.")
    shots = []
    for _ in range(2):
        context = browser.new_context(**phone_profile(playwright))
        try:
            context.add_cookies(
                [{"name": SIM_COOKIE, "value": issue_sim(world, AN), "url": world.url(SERVICE)}]
            )
            page = context.new_page()
            page.goto(world.url(SERVICE, "/"))
            banner = page.get_by_role("link", name="8836")
            expect(banner).to_contain_text("Je itsme-controlecode is 48213.")
            banner.click()
            expect(page.get_by_role("heading", name="8836")).to_be_visible()
            shots.append(page.screenshot(animations="disabled", caret="hide"))
        finally:
            context.close()
    assert shots[0] == shots[1]
