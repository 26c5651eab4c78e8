"""PersoContact (bosa.service-now.com/persocontact)."""

from __future__ import annotations

from playwright.sync_api import expect

from steps.pages.base import Screen

OTHER_FPS_LABEL = "Ik werk voor een andere federale overheidsdienst"


class PersoContactStartPage(Screen):
    service = "persocontact"

    def open(self) -> None:
        self.page.goto(self.world.url("persocontact", "/persocontact"))

    def verify_content(self) -> None:
        expect(self.heading("Welkom bij PersoContact")).to_be_visible()
        expect(self.control(OTHER_FPS_LABEL)).to_be_visible()
