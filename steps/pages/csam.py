"""CSAM, the federal authentication service: the key choice and its notices."""

from __future__ import annotations

from playwright.sync_api import expect

from mock_services.systems.csam.digital_keys import KEY_GROUPS
from mock_services.world.i18n import catalogue
from steps.pages.base import Screen

OTHER_KEY_LABEL = "Kies een andere digitale sleutel"


class CsamKeyChoicePage(Screen):
    """ "Aanmelden bij de online overheid": two groups, five keys and the itsme link.

    CSAM speaks the language the application asked for, so the texts are checked in the
    language the page declares (``<html lang>``).
    """

    service = "csam"

    def verify_content(self) -> None:
        language = self.page.locator("html").get_attribute("lang") or "nl"

        def text(key: str) -> str:
            return catalogue().text(key, language)

        expect(self.heading(text("csam.keychoice.title"))).to_be_visible()
        expect(self.page.get_by_text(text("csam.keychoice.subtitle"))).to_be_visible()
        for key_group in KEY_GROUPS:
            group = self.page.get_by_role("region", name=text(key_group.message), exact=True)
            expect(group).to_be_visible()
            for key in key_group.keys:
                expect(
                    group.get_by_role("link", name=text(key.message), exact=True)
                ).to_be_visible()
        expect(self.control(text("csam.keychoice.create_itsme"))).to_be_visible()


class CsamMaintenancePage(Screen):
    service = "csam"

    def verify_content(self) -> None:
        expect(self.heading("Tijdelijk niet beschikbaar wegens onderhoud")).to_be_visible()
        expect(self.page.get_by_role("alert")).to_contain_text("CSAM")


class CsamItsmeUnavailable(Screen):
    """CSAM cannot reach itsme: it says so and offers the other keys."""

    service = "csam"

    def verify_content(self) -> None:
        expect(self.heading("itsme is momenteel niet beschikbaar")).to_be_visible()
        expect(self.control(OTHER_KEY_LABEL)).to_be_visible()


class CsamItsmeFailed(Screen):
    """itsme answered CSAM without a login (refused, expired, cancelled)."""

    service = "csam"

    def verify_content(self) -> None:
        expect(self.heading("Aanmelden via itsme is niet gelukt")).to_be_visible()
        expect(self.control(OTHER_KEY_LABEL)).to_be_visible()
