"""itsme's login pages on the computer: the phone number, the wait, the outcomes."""

from __future__ import annotations

import re

from playwright.sync_api import Locator, expect

from steps.pages.base import Screen

SEND_LABEL = "Verstuur"


class ItsmePhoneNumberPage(Screen):
    """ "Meld je aan met itsme": country code (+32 by default) and mobile number."""

    service = "itsme"

    @property
    def number_field(self) -> Locator:
        return self.page.get_by_label("Gsm-nummer", exact=True)

    @property
    def country(self) -> Locator:
        return self.page.get_by_label("Landcode", exact=True)

    @property
    def alert(self) -> Locator:
        return self.page.get_by_role("alert")

    def verify_content(self) -> None:
        expect(self.heading("Meld je aan met itsme")).to_be_visible()
        expect(self.number_field).to_be_visible()
        expect(self.control(SEND_LABEL)).to_be_visible()

    def enter_number(self, number: str) -> None:
        self.verify()
        self.number_field.fill(number)


class ItsmeNumberProblem(ItsmePhoneNumberPage):
    message: str

    def verify_content(self) -> None:
        super().verify_content()
        expect(self.alert).to_contain_text(self.message)
        expect(self.number_field).to_have_attribute("aria-invalid", "true")


class ItsmeInvalidNumber(ItsmeNumberProblem):
    message = "Dit is geen geldig Belgisch gsm-nummer"


class ItsmeUnknownNumber(ItsmeNumberProblem):
    message = "Er is geen itsme-account gekoppeld aan dit gsm-nummer"


class ItsmeWaitingPage(Screen):
    """ "Bevestig in je itsme-app": the page waits for the answer given on the phone."""

    service = "itsme"

    def verify_content(self) -> None:
        expect(self.heading("Bevestig in je itsme-app")).to_be_visible()
        expect(
            self.page.get_by_text(re.compile(r"^We hebben een aanvraag gestuurd naar"))
        ).to_be_visible()


class ItsmeOutcomePage(Screen):
    service = "itsme"
    title: str
    back_label = "Terug naar CSAM"

    def verify_content(self) -> None:
        expect(self.heading(self.title)).to_be_visible()
        expect(self.control(self.back_label)).to_be_visible()


class ItsmeRefused(ItsmeOutcomePage):
    title = "Aanvraag geweigerd"


class ItsmeExpired(ItsmeOutcomePage):
    title = "Aanvraag verlopen"


class ItsmeBlocked(ItsmeOutcomePage):
    title = "Je itsme-account is geblokkeerd"
