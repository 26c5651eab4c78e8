"""PersoContact (bosa.service-now.com/persocontact)."""

from __future__ import annotations

from playwright.sync_api import expect

from steps.pages.base import StartPage, start_page
from steps.pages.screens import screen


@screen("startpagina van PersoContact")
@start_page
class PersoContactStartPage(StartPage):
    service = "persocontact"

    def open(self) -> None:
        self.page.goto(self.world.url("persocontact", "/persocontact"))

    def verify_content(self) -> None:
        expect(self.heading(self.text("persocontact.start.title"))).to_be_visible()
        expect(self.control(self.text("persocontact.start.other_fps"))).to_be_visible()
