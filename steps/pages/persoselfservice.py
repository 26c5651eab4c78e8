"""PersoSelfService (scope.belgium.be)."""

from __future__ import annotations

from typing import ClassVar

from playwright.sync_api import expect

from mock_services.world.i18n import catalogue
from steps.pages.base import Screen, StartPage, start_page
from steps.pages.screens import screen


def languages() -> dict[str, str]:
    """The start page's language choice: each language's own name ("Français") and its code."""
    return {
        catalogue().text(f"shared.language.{code}", code): code for code in catalogue().languages
    }


@screen("startpagina van PersoSelfService")
@start_page
class PersoSelfServiceStartPage(StartPage):
    service = "persoselfservice"

    def open(self) -> None:
        self.page.goto(self.world.url("persoselfservice", "/"))

    def verify_content(self) -> None:
        expect(self.control(self.text("persoselfservice.start.login"))).to_be_visible()
        own_language = self.text(f"shared.language.{self.language}")
        expect(self.page.get_by_role("list").filter(has_text=own_language)).to_be_visible()

    def choose_language(self, language: str) -> None:
        code = self._code_of(language)
        self.click(language)
        expect(self.page.locator("html")).to_have_attribute("lang", code)

    def choose_own_language(self) -> None:
        """Choose the person's language, the one the world speaks (Nederlands in the Dutch
        edition, Français in the French one)."""
        self.choose_language(self.text(f"shared.language.{self.language}"))

    def expect_language(self, language: str, welcome: str) -> None:
        expect(self.page.locator("html")).to_have_attribute("lang", self._code_of(language))
        expect(self.page.get_by_role("heading", level=1)).to_have_text(welcome)

    @staticmethod
    def _code_of(language: str) -> str:
        known = languages()
        if language not in known:
            raise ValueError(f"unknown language {language!r}; choose one of {list(known)}")
        return known[language]


class PersoSelfServiceTilePage(Screen):
    """A page behind one of the home page's tiles, for a logged-in user."""

    service = "persoselfservice"
    title_key: ClassVar[str]

    def verify_content(self) -> None:
        title = self.text(self.title_key)
        expect(self.page.get_by_role("heading", level=1)).to_have_text(title)
        expect(self.page.locator("[data-anchor=signed-in-user]")).to_be_visible()


@screen("pagina Loonbrieven van PersoSelfService")
class PersoSelfServicePayslips(PersoSelfServiceTilePage):
    title_key = "persoselfservice.home.tile_payslips"
