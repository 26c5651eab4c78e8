"""Step 1: installing itsme from the app store opens the app on its welcome screen."""

from __future__ import annotations

import requests
from playwright.sync_api import Browser, Playwright, expect

from fixtures.phone import phone_profile
from mock_services.world import World


def test_installing_opens_the_welcome_screen(world: World) -> None:
    with requests.Session() as phone:
        store = phone.get(world.url("itsme", "/store/itsme"), timeout=5)
        assert "Installeer" in store.text
        assert "Belgian Mobile ID" in store.text
        opened = phone.post(world.url("itsme", "/store/itsme/install"), timeout=5)
        assert opened.url == world.url("itsme", "/app")
        assert "Welkom bij itsme" in opened.text
        assert "Account aanmaken" in opened.text
        again = phone.get(world.url("itsme", "/store/itsme"), timeout=5)
    assert "Installeer" not in again.text
    assert ">Open<" in again.text


def test_the_store_and_welcome_screen_in_the_phone_context(
    browser: Browser, playwright: Playwright, world: World
) -> None:
    context = browser.new_context(**phone_profile(playwright))
    try:
        page = context.new_page()
        page.goto(world.url("itsme", "/store/itsme"))
        page.get_by_role("button", name="Installeer").click()
        expect(page.get_by_role("heading", name="Welkom bij itsme")).to_be_visible()
        page.get_by_role("link", name="Account aanmaken").click()
        expect(page.get_by_role("heading", name="Geef je gsm-nummer in")).to_be_visible()
        expect(page.get_by_label("Landcode")).to_have_value("32")
    finally:
        context.close()
