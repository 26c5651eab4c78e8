"""The smartphone: acting on it and capturing its screens."""

from __future__ import annotations

from playwright.sync_api import Page
from pytest_bdd import given, parsers, then, when

from fixtures.capture import ScreenCapture
from fixtures.phone import Phone
from mock_services.world import World
from steps.pages.base import Controls, Screen
from steps.pages.screens import SCREENS


@given("ik surf met de browser van mijn smartphone", target_fixture="page")
def browse_on_phone(phone_browser: Page) -> Page:
    """From here on the scenario's browser is the phone's: every browser step acts on it."""
    return phone_browser


@when(parsers.re(r'ik op de smartphone klik op "(?P<label>[^"]+)"'))
def click_on_phone(phone: Phone, world: World, label: str) -> None:
    Controls(phone.page, world).click_quoted(label)


@then(
    parsers.re(r'zie ik op de smartphone het scherm "(?P<shown>[^"]+)"$'),
    converters={"shown": SCREENS},
)
def see_phone_screen(phone: Phone, world: World, shown: type[Screen]) -> None:
    shown(phone.page, world).verify()


@then(
    parsers.re(
        r'zie ik op de smartphone het scherm "(?P<shown>[^"]+)"'
        r' en leg ik het vast als "(?P<shot>[^"]+)"'
    ),
    converters={"shown": SCREENS},
)
def see_and_capture_phone_screen(
    phone: Phone, world: World, screen_capture: ScreenCapture, shown: type[Screen], shot: str
) -> None:
    screen = shown(phone.page, world)
    screen.verify()
    screen_capture.take(phone.page, shot, anchors=screen.anchors())
