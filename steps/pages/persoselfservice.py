"""PersoSelfService (scope.belgium.be)."""

from __future__ import annotations

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
