"""The itsme app on the smartphone."""

from __future__ import annotations

import re

from playwright.sync_api import Locator, expect

from mock_services.control.client import WorldClient
from mock_services.world.people import Person
from steps.pages.base import Screen

CONFIRM_LABEL = "Bevestig"


class ItsmeApp(Screen):
    """Any screen of the app; opening it shows what is waiting for the phone's owner."""

    service = "itsme"

    def pair(self, person: Person) -> None:
        """Give the phone ``person``'s itsme device, as if they had enrolled on it before:
        the control API registers the device, the phone keeps its credential."""
        control = WorldClient(self.world.url("control"))
        device = control.call("POST", "/api/itsme/devices", {"phone": person.mobile})
        self.page.context.add_cookies([device["cookie"]])
        self.open()
        expect(self.page.get_by_role("img", name="itsme")).to_be_visible()

    def open(self) -> None:
        self.page.goto(self.world.url("itsme", "/app"))

    def verify_content(self) -> None:
        expect(self.page.get_by_role("img", name="itsme")).to_be_visible()


class ItsmeAppHome(ItsmeApp):
    def verify_content(self) -> None:
        expect(self.heading("Geen openstaande aanvragen")).to_be_visible()


class ItsmeAppRequest(ItsmeApp):
    """ "PersoSelfService via CSAM wil je identificeren", the data shared, Aanmelden/Weigeren."""

    def verify_content(self) -> None:
        expect(
            self.page.get_by_role("heading", name=re.compile(r" via CSAM wil je identificeren$"))
        ).to_be_visible()
        expect(self.page.get_by_text("Rijksregisternummer", exact=True)).to_be_visible()
        expect(self.control("Aanmelden")).to_be_visible()
        expect(self.control("Weigeren")).to_be_visible()


class ItsmeAppConfirm(ItsmeApp):
    """ "Bevestig": the 5-digit itsme code."""

    @property
    def code_field(self) -> Locator:
        return self.page.get_by_label("Je itsme-code (5 cijfers)")

    def verify_content(self) -> None:
        expect(self.heading("Bevestig")).to_be_visible()
        expect(self.code_field).to_be_visible()
        expect(self.control(CONFIRM_LABEL)).to_be_visible()

    def enter_code(self, code: str) -> None:
        self.verify()
        self.code_field.fill(code)


class ItsmeAppFingerprint(ItsmeAppConfirm):
    def verify_content(self) -> None:
        super().verify_content()
        expect(self.control("Bevestig met je vingerafdruk")).to_be_visible()


class ItsmeAppWrongCode(ItsmeAppConfirm):
    def verify_content(self) -> None:
        super().verify_content()
        expect(self.page.get_by_role("alert")).to_contain_text("Foute itsme-code")


class ItsmeAppOutcome(ItsmeApp):
    title: str

    def verify_content(self) -> None:
        expect(self.heading(self.title)).to_be_visible()


class ItsmeAppApproved(ItsmeAppOutcome):
    title = "Gelukt!"


class ItsmeAppRefused(ItsmeAppOutcome):
    title = "Aanvraag geweigerd"


class ItsmeAppBlocked(ItsmeAppOutcome):
    title = "Je itsme-account is geblokkeerd"
