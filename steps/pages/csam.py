"""CSAM, the federal authentication service: the key choice and its notices."""

from __future__ import annotations

from playwright.sync_api import expect

from mock_services.systems.csam.digital_keys import KEY_GROUPS
from steps.pages.base import Screen
from steps.pages.screens import screen

OTHER_KEY = "csam.other_key"


@screen("sleutelkeuze van CSAM")
class CsamKeyChoicePage(Screen):
    """ "Aanmelden bij de online overheid": two groups, five keys and the itsme link."""

    service = "csam"
    _page_language: tuple[str, str] | None = None
    """(address, language) of the document last asked: one question per page, not per text."""

    @property
    def language(self) -> str:
        """CSAM speaks the language the application passed on (the person may have chosen it
        on PersoSelfService's start page): the texts are checked in the page's own language."""
        url = self.page.url
        if self._page_language is None or self._page_language[0] != url:
            shown = self.page.locator("html").get_attribute("lang") or super().language
            self._page_language = (url, shown)
        return self._page_language[1]

    def verify_content(self) -> None:
        expect(self.heading(self.text("csam.keychoice.title"))).to_be_visible()
        subtitle = self.text("csam.keychoice.subtitle")
        expect(self.page.get_by_text(subtitle)).to_be_visible()
        for group in KEY_GROUPS:
            region = self.page.get_by_role("region", name=self.text(group.message), exact=True)
            expect(region).to_be_visible()
            for key in group.keys:
                link = region.get_by_role("link", name=self.text(key.message), exact=True)
                expect(link).to_be_visible()
        expect(self.control(self.text("csam.keychoice.create_itsme"))).to_be_visible()


@screen("onderhoudsbericht van CSAM")
class CsamMaintenancePage(Screen):
    service = "csam"

    def verify_content(self) -> None:
        expect(self.heading(self.text("shared.maintenance.title"))).to_be_visible()
        expect(self.page.get_by_role("alert")).to_contain_text(self.text("csam.name"))


@screen("melding van CSAM dat itsme niet beschikbaar is")
class CsamItsmeUnavailable(Screen):
    """CSAM cannot reach itsme: it says so and offers the other keys."""

    service = "csam"

    def verify_content(self) -> None:
        expect(self.heading(self.text("csam.itsme_unavailable.title"))).to_be_visible()
        expect(self.control(self.text(OTHER_KEY))).to_be_visible()


@screen("melding van CSAM dat aanmelden via itsme niet lukte")
class CsamItsmeFailed(Screen):
    """itsme answered CSAM without a login (refused, expired, cancelled)."""

    service = "csam"

    def verify_content(self) -> None:
        expect(self.heading(self.text("csam.itsme_failed.title"))).to_be_visible()
        expect(self.control(self.text(OTHER_KEY))).to_be_visible()
