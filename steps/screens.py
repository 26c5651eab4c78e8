"""Recognising a screen, and capturing it for the guide."""

from __future__ import annotations

from playwright.sync_api import Page
from pytest_bdd import parsers, then

from fixtures.capture import ScreenCapture
from mock_services.world import World
from steps.pages.base import Screen
from steps.pages.screens import SCREENS


@then(parsers.re(r'zie ik het scherm "(?P<shown>[^"]+)"$'), converters={"shown": SCREENS})
def see_screen(page: Page, world: World, shown: type[Screen]) -> None:
    shown(page, world).verify()


@then(
    parsers.re(r'zie ik het scherm "(?P<shown>[^"]+)" en leg ik het vast als "(?P<shot>[^"]+)"'),
    converters={"shown": SCREENS},
)
def see_and_capture_screen(
    page: Page, world: World, screen_capture: ScreenCapture, shown: type[Screen], shot: str
) -> None:
    screen = shown(page, world)
    screen.verify()
    screen_capture.take(page, shot, anchors=screen.anchors())
