"""PersoSelfService (scope.belgium.be)."""

from __future__ import annotations

from typing import ClassVar

from playwright.sync_api import expect

from steps.pages.base import Screen

LOGIN_LABEL = "Aanmelden/Connexion"
LANGUAGES = {"Nederlands": "nl", "Français": "fr", "Deutsch": "de", "English": "en"}


class PersoSelfServiceStartPage(Screen):
    service = "persoselfservice"

    def open(self) -> None:
        self.page.goto(self.world.url("persoselfservice", "/"))

    def verify_content(self) -> None:
        expect(self.control(LOGIN_LABEL)).to_be_visible()
        expect(self.page.get_by_role("list").filter(has_text="Nederlands")).to_be_visible()

    def choose_language(self, language: str) -> None:
        if language not in LANGUAGES:
            raise ValueError(f"unknown language {language!r}; choose one of {list(LANGUAGES)}")
        self.click(language)
        expect(self.page.locator("html")).to_have_attribute("lang", LANGUAGES[language])

    def expect_language(self, language: str, welcome: str) -> None:
        expect(self.page.locator("html")).to_have_attribute("lang", LANGUAGES[language])
        expect(self.page.get_by_role("heading", level=1)).to_have_text(welcome)


class PersoSelfServiceTilePage(Screen):
    """A page behind one of the home page's tiles, for a logged-in user."""

    service = "persoselfservice"
    title: ClassVar[str]

    def verify_content(self) -> None:
        expect(self.page.get_by_role("heading", level=1)).to_have_text(self.title)
        expect(self.page.locator("[data-anchor=signed-in-user]")).to_be_visible()


class PersoSelfServicePayslips(PersoSelfServiceTilePage):
    title = "Loonbrieven"
