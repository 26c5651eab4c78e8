"""The itsme app on the smartphone."""

from __future__ import annotations

from typing import ClassVar

from playwright.sync_api import Locator, expect

from mock_services.control.client import WorldClient
from mock_services.world.people import Person
from steps.pages.base import Screen
from steps.pages.screens import screen


class ItsmeApp(Screen):
    """Any screen of the app; opening it shows what is waiting for the phone's owner."""

    service = "itsme"

    @property
    def logo(self) -> Locator:
        return self.page.get_by_role("img", name=self.text("itsme.name"))

    def pair(self, person: Person) -> None:
        """Give the phone ``person``'s itsme device, as if they had enrolled on it before:
        the control API registers the device, the phone keeps its credential."""
        control = WorldClient(self.world.url("control"))
        device = control.call("POST", "/api/itsme/devices", {"phone": person.mobile})
        self.page.context.add_cookies([device["cookie"]])
        self.open()
        expect(self.logo).to_be_visible()

    def open(self) -> None:
        self.page.goto(self.world.url("itsme", "/app"))

    def verify_content(self) -> None:
        expect(self.logo).to_be_visible()


@screen("itsme-app zonder aanvragen")
class ItsmeAppHome(ItsmeApp):
    def verify_content(self) -> None:
        expect(self.heading(self.text("itsme.app.no_requests_title"))).to_be_visible()


@screen("aanvraag in de itsme-app")
class ItsmeAppRequest(ItsmeApp):
    """ "PersoSelfService via CSAM wil je identificeren", the data shared, Aanmelden/Weigeren."""

    def verify_content(self) -> None:
        title = self.pattern("itsme.app.request_title")
        expect(self.page.get_by_role("heading", name=title)).to_be_visible()
        national_number = self.text("itsme.app.data_national_number")
        expect(self.page.get_by_text(national_number, exact=True)).to_be_visible()
        expect(self.control(self.text("itsme.app.login"))).to_be_visible()
        expect(self.control(self.text("itsme.app.refuse"))).to_be_visible()


@screen("bevestiging met itsme-code")
class ItsmeAppConfirm(ItsmeApp):
    """ "Bevestig": the 5-digit itsme code."""

    @property
    def code_field(self) -> Locator:
        return self.page.get_by_label(self.text("itsme.app.code_label"))

    def verify_content(self) -> None:
        expect(self.heading(self.text("itsme.app.confirm_title"))).to_be_visible()
        expect(self.code_field).to_be_visible()
        expect(self.control(self.text("itsme.app.confirm"))).to_be_visible()

    def enter_code(self, code: str) -> None:
        self.verify()
        self.code_field.fill(code)

    def confirm(self) -> None:
        self.click(self.text("itsme.app.confirm"))


@screen("bevestiging met vingerafdruk")
class ItsmeAppFingerprint(ItsmeAppConfirm):
    def verify_content(self) -> None:
        super().verify_content()
        expect(self.control(self.text("itsme.app.fingerprint"))).to_be_visible()


@screen("foute itsme-code in de itsme-app")
class ItsmeAppWrongCode(ItsmeAppConfirm):
    def verify_content(self) -> None:
        super().verify_content()
        wrong = self.pattern("itsme.app.wrong_code_one", "itsme.app.wrong_code_many")
        expect(self.page.get_by_role("alert")).to_contain_text(wrong)


class ItsmeAppOutcome(ItsmeApp):
    title_key: ClassVar[str]

    def verify_content(self) -> None:
        expect(self.heading(self.text(self.title_key))).to_be_visible()


@screen("bevestigd in de itsme-app")
class ItsmeAppApproved(ItsmeAppOutcome):
    title_key = "itsme.app.outcome_approved_title"


@screen("geweigerd in de itsme-app")
class ItsmeAppRefused(ItsmeAppOutcome):
    title_key = "itsme.app.outcome_refused_title"


@screen("geblokkeerd in de itsme-app")
class ItsmeAppBlocked(ItsmeAppOutcome):
    title_key = "itsme.app.outcome_blocked_title"
