"""BOSA's page on digital keys, with the link "Maak een afspraak" to the registration offices."""

from __future__ import annotations

from playwright.sync_api import expect

from steps.pages.base import Screen
from steps.pages.screens import screen


@screen("pagina over digitale sleutels van de FOD BOSA")
class BosaDigitalKeysPage(Screen):
    service = "bosa"

    def open(self) -> None:
        self.page.goto(self.world.url("bosa", f"/{self.language}/digital-keys"))

    def verify_content(self) -> None:
        expect(self.heading(self.text("bosa.keys.title"))).to_be_visible()
        expect(self.control(self.text("bosa.keys.appointment_link"))).to_be_visible()

    def make_appointment(self) -> None:
        self.verify()
        self.click(self.text("bosa.keys.appointment_link"))
