"""Recognising a screen, and capturing it for the guide."""

from __future__ import annotations

from playwright.sync_api import Page
from pytest_bdd import parsers, then

from fixtures.capture import ScreenCapture
from mock_services.world import World
from steps.pages.screens import screen


@then(parsers.re(r'zie ik het scherm "(?P<name>[^"]+)"$'))
def see_screen(page: Page, world: World, name: str) -> None:
    screen(name, page, world).verify()


@then(parsers.re(r'zie ik het scherm "(?P<name>[^"]+)" en leg ik het vast als "(?P<shot>[^"]+)"'))
def see_and_capture_screen(
    page: Page, world: World, screen_capture: ScreenCapture, name: str, shot: str
) -> None:
    shown = screen(name, page, world)
    shown.verify()
    screen_capture.take(page, shot, anchors=shown.anchors())
