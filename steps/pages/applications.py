"""The applications after CSAM's answer: the home page, no access, logged out, login failed."""

from __future__ import annotations

from typing import ClassVar, TypeVar

from playwright.sync_api import Locator, expect

from steps.pages.base import Screen, display_name
from steps.pages.lookup import Lookup
from steps.pages.screens import screen

LOGOUT = "shared.logout"


class SignedInHome(Screen):
    """An application's home page with the logged-in person's name and "Afmelden"."""

    title_key: ClassVar[str]

    @property
    def signed_in_user(self) -> Locator:
        return self.page.locator("[data-anchor=signed-in-user]")

    def verify_content(self) -> None:
        expect(self.heading(self.text(self.title_key))).to_be_visible()
        expect(self.signed_in_user).to_be_visible()
        expect(self.control(self.text(LOGOUT))).to_be_visible()

    def expect_signed_in_as(self, name: str) -> None:
        expect(self.signed_in_user).to_contain_text(name)


SIGNED_IN_HOMES: Lookup[type[SignedInHome]] = Lookup("application with a signed-in home")
"""``ben ik aangemeld op PersoContact als …``: the home page, by the application's name."""

HomeClass = TypeVar("HomeClass", bound=type[SignedInHome])


def signed_in_home(cls: HomeClass) -> HomeClass:
    """Class decorator: this is the signed-in home of the application of its ``service``."""
    SIGNED_IN_HOMES.register(display_name(cls.service), cls)
    return cls


@screen("startpagina van PersoSelfService na aanmelding")
@signed_in_home
class PersoSelfServiceHome(SignedInHome):
    service = "persoselfservice"
    title_key = "persoselfservice.home.title"

    def verify_content(self) -> None:
        super().verify_content()
        payslips = self.text("persoselfservice.home.tile_payslips")
        expect(self.page.get_by_text(payslips, exact=True)).to_be_visible()


@screen("startpagina van PersoContact na aanmelding")
@signed_in_home
class PersoContactHome(SignedInHome):
    service = "persocontact"
    title_key = "persocontact.home.title"

    def verify_content(self) -> None:
        super().verify_content()
        ask = self.text("persocontact.home.ask_title")
        expect(self.page.get_by_role("heading", name=ask)).to_be_visible()


class NoAccess(Screen):
    def verify_content(self) -> None:
        app_name = self.text(f"{self.service}.name")
        expect(self.heading(self.text("shared.no_access.title", name=app_name))).to_be_visible()
        expect(self.control(self.text(LOGOUT))).to_be_visible()


@screen("melding van PersoSelfService dat ik geen toegang heb")
class PersoSelfServiceNoAccess(NoAccess):
    service = "persoselfservice"


@screen("melding van PersoContact dat ik geen toegang heb")
class PersoContactNoAccess(NoAccess):
    service = "persocontact"


class LoggedOut(Screen):
    def verify_content(self) -> None:
        expect(self.heading(self.text("shared.logged_out.title"))).to_be_visible()
        expect(self.control(self.text("shared.login_again"))).to_be_visible()


@screen("afmeldpagina van PersoSelfService")
class PersoSelfServiceLoggedOut(LoggedOut):
    service = "persoselfservice"


@screen("afmeldpagina van PersoContact")
class PersoContactLoggedOut(LoggedOut):
    service = "persocontact"
