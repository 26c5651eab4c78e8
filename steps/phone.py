"""The smartphone: acting on it and capturing its screens."""

from __future__ import annotations

from pytest_bdd import parsers, then, when

from fixtures.capture import ScreenCapture
from fixtures.phone import PHONE_DEVICE, Phone
from mock_services.world import World
from steps.pages.base import Controls
from steps.pages.screens import screen


@when(parsers.re(r'ik op de smartphone klik op "(?P<label>[^"]+)"'))
def click_on_phone(phone: Phone, label: str) -> None:
    Controls(phone.page).click(label)


@then(parsers.re(r'zie ik op de smartphone het scherm "(?P<name>[^"]+)"$'))
def see_phone_screen(phone: Phone, world: World, name: str) -> None:
    screen(name, phone.page, world).verify()


@then(
    parsers.re(
        r'zie ik op de smartphone het scherm "(?P<name>[^"]+)"'
        r' en leg ik het vast als "(?P<shot>[^"]+)"'
    )
)
def see_and_capture_phone_screen(
    phone: Phone, world: World, screen_capture: ScreenCapture, name: str, shot: str
) -> None:
    shown = screen(name, phone.page, world)
    shown.verify()
    screen_capture.take(phone.page, shot, device=PHONE_DEVICE, anchors=shown.anchors())
