"""The smartphone's messages: the lock screen with its notification banners."""

from __future__ import annotations

from playwright.sync_api import Locator, expect

from steps.pages.base import Screen
from steps.pages.screens import screen


@screen("sms-melding op de smartphone")
class SmsLockScreen(Screen):
    """The phone's lock screen, the newest SMS on top as a banner."""

    service = "sms_phone"

    @property
    def newest(self) -> Locator:
        return self.page.locator("[data-anchor=notification]")

    def open(self) -> None:
        self.page.goto(self.world.url(self.service, "/"))

    def verify_content(self) -> None:
        expect(self.newest).to_be_visible()

    def expect_from(self, sender: str) -> None:
        expect(self.newest).to_contain_text(sender)
