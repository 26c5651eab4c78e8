"""The applications after CSAM's answer: the home page, no access, logged out, login failed."""

from __future__ import annotations

from typing import ClassVar

from playwright.sync_api import Locator, expect

from steps.pages.base import Screen

LOGOUT_LABEL = "Afmelden"


class SignedInHome(Screen):
    """An application's home page with the logged-in person's name and "Afmelden"."""

    title: ClassVar[str]

    @property
    def signed_in_user(self) -> Locator:
        return self.page.locator("[data-anchor=signed-in-user]")

    def verify_content(self) -> None:
        expect(self.heading(self.title)).to_be_visible()
        expect(self.signed_in_user).to_be_visible()
        expect(self.control(LOGOUT_LABEL)).to_be_visible()

    def expect_signed_in_as(self, name: str) -> None:
        expect(self.signed_in_user).to_contain_text(name)


class PersoSelfServiceHome(SignedInHome):
    service = "persoselfservice"
    title = "Startpagina werknemer"

    def verify_content(self) -> None:
        super().verify_content()
        expect(self.page.get_by_text("Loonbrieven", exact=True)).to_be_visible()


class PersoContactHome(SignedInHome):
    service = "persocontact"
    title = "Hoe kunnen we je helpen?"

    def verify_content(self) -> None:
        super().verify_content()
        expect(self.page.get_by_role("heading", name="Stel een vraag")).to_be_visible()


class NoAccess(Screen):
    app_name: ClassVar[str]

    def verify_content(self) -> None:
        expect(self.heading(f"Je hebt geen toegang tot {self.app_name}")).to_be_visible()
        expect(self.control(LOGOUT_LABEL)).to_be_visible()


class PersoSelfServiceNoAccess(NoAccess):
    service = "persoselfservice"
    app_name = "PersoSelfService"


class PersoContactNoAccess(NoAccess):
    service = "persocontact"
    app_name = "PersoContact"


class LoggedOut(Screen):
    def verify_content(self) -> None:
        expect(self.heading("Je bent afgemeld")).to_be_visible()
        expect(self.control("Opnieuw aanmelden")).to_be_visible()


class PersoSelfServiceLoggedOut(LoggedOut):
    service = "persoselfservice"


class PersoContactLoggedOut(LoggedOut):
    service = "persocontact"
