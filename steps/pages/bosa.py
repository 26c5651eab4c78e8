"""The pages about the HR applications on the FPS BOSA website."""

from __future__ import annotations

from typing import ClassVar

from playwright.sync_api import Locator, expect

from steps.pages.base import Screen


class BosaApplicationPage(Screen):
    service = "bosa"
    slug: ClassVar[str]
    title: ClassVar[str]
    link_label: ClassVar[str]

    def open(self) -> None:
        self.page.goto(self.world.url("bosa", f"/nl/applications/{self.slug}"))

    def verify_content(self) -> None:
        expect(self.heading(self.title)).to_be_visible()
        expect(self.application_link).to_be_visible()

    @property
    def application_link(self) -> Locator:
        return self.control(self.link_label)

    def follow_application_link(self) -> None:
        self.click(self.link_label)


class BosaPersoSelfServicePage(BosaApplicationPage):
    slug = "persoselfservice-scope"
    title = "PersoSelfService (SCOPE)"
    link_label = "Naar PersoSelfService"


class BosaPersoContactPage(BosaApplicationPage):
    slug = "sago-persocontact"
    title = "PersoContact (SAGO)"
    link_label = "Naar PersoContact"
