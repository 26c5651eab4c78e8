"""itsme's login pages in the browser: the phone number, the wait, the outcomes, and on the
smartphone itself the link to the app."""

from __future__ import annotations

from typing import ClassVar

from playwright.sync_api import Locator, expect

from steps.pages.base import Screen
from steps.pages.screens import screen

SEND = "itsme.phone.send"


@screen("gsm-nummer bij itsme")
class ItsmePhoneNumberPage(Screen):
    """ "Meld je aan met itsme": country code (+32 by default) and mobile number."""

    service = "itsme"

    @property
    def number_field(self) -> Locator:
        return self.page.get_by_label(self.text("itsme.phone.label"), exact=True)

    @property
    def country(self) -> Locator:
        return self.page.get_by_label(self.text("itsme.phone.country"), exact=True)

    @property
    def alert(self) -> Locator:
        return self.page.get_by_role("alert")

    def verify_content(self) -> None:
        expect(self.heading(self.text("itsme.phone.title"))).to_be_visible()
        expect(self.number_field).to_be_visible()
        expect(self.control(self.text(SEND))).to_be_visible()

    def enter_number(self, number: str) -> None:
        self.verify()
        self.number_field.fill(number)


@screen("itsme-app openen op de smartphone")
class ItsmeSameDevicePage(Screen):
    """ "Bevestig in de itsme-app op deze smartphone": the link that opens the app."""

    service = "itsme"

    def verify_content(self) -> None:
        expect(self.heading(self.text("itsme.same_device.title"))).to_be_visible()
        expect(self.control(self.text("itsme.same_device.open"))).to_be_visible()
        expect(self.control(self.text("itsme.same_device.other_phone"))).to_be_visible()


class ItsmeNumberProblem(ItsmePhoneNumberPage):
    message_key: ClassVar[str]

    def verify_content(self) -> None:
        super().verify_content()
        expect(self.alert).to_contain_text(self.text(self.message_key))
        expect(self.number_field).to_have_attribute("aria-invalid", "true")


@screen("melding van itsme dat het gsm-nummer ongeldig is")
class ItsmeInvalidNumber(ItsmeNumberProblem):
    message_key = "itsme.phone.error_not_belgian_mobile"


@screen("melding van itsme dat het gsm-nummer onbekend is")
class ItsmeUnknownNumber(ItsmeNumberProblem):
    message_key = "itsme.phone.error_unknown"


@screen("wachtpagina van itsme")
class ItsmeWaitingPage(Screen):
    """ "Bevestig in je itsme-app": the page waits for the answer given on the phone."""

    service = "itsme"

    def verify_content(self) -> None:
        expect(self.heading(self.text("itsme.waiting.title"))).to_be_visible()
        expect(self.page.get_by_text(self.pattern("itsme.waiting.sent"))).to_be_visible()


class ItsmeOutcomePage(Screen):
    service = "itsme"
    title_key: ClassVar[str]

    def verify_content(self) -> None:
        expect(self.heading(self.text(self.title_key))).to_be_visible()
        back = self.text("itsme.back", client=self.text("csam.name"))
        expect(self.control(back)).to_be_visible()


@screen("melding van itsme dat de aanvraag geweigerd is")
class ItsmeRefused(ItsmeOutcomePage):
    title_key = "itsme.outcome.refused_title"


@screen("melding van itsme dat de aanvraag verlopen is")
class ItsmeExpired(ItsmeOutcomePage):
    title_key = "itsme.outcome.expired_title"


@screen("melding van itsme dat het account geblokkeerd is")
class ItsmeBlocked(ItsmeOutcomePage):
    title_key = "itsme.outcome.blocked_title"
