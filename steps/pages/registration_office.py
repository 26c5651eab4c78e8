"""The registration offices' site: offices, free moments, the booking form, the confirmation;
and the activation of the keys (username and password, the e-mail code, the mobile app, the
token card)."""

from __future__ import annotations

from typing import ClassVar

from playwright.sync_api import Locator, expect

from mock_services.world.people import Person
from steps.pages.base import Screen
from steps.pages.screens import screen


class OfficePage(Screen):
    service = "registration_office"

    def address(self) -> str:
        """Where the browser is on this site, to come back later (the activation link)."""
        origin = self.world.url(self.service, "/")
        self.page.wait_for_url(lambda url: url.startswith(origin), wait_until="load")
        return self.page.url

    def open(self, address: str) -> None:
        self.page.goto(address)


@screen("registratiekantoren")
class OfficeList(OfficePage):
    def verify_content(self) -> None:
        expect(self.heading(self.text("registration_office.offices.title"))).to_be_visible()

    def choose(self, office: str) -> None:
        self.verify()
        self.click(self.text("registration_office.offices.choose", office=office))


@screen("vrije momenten van het registratiekantoor")
class OfficeSlots(OfficePage):
    @property
    def slots(self) -> Locator:
        return self.page.get_by_role(
            "link", name=self.pattern("registration_office.slots.slot_label")
        )

    def verify_content(self) -> None:
        expect(self.page.get_by_text(self.text("registration_office.slots.lead"))).to_be_visible()

    def choose_first(self) -> None:
        self.verify()
        self.slots.first.click()


@screen("afspraakformulier van het registratiekantoor")
class BookingForm(OfficePage):
    def field(self, key: str) -> Locator:
        return self.page.get_by_label(self.text(key), exact=True)

    def verify_content(self) -> None:
        expect(self.heading(self.text("registration_office.form.title"))).to_be_visible()
        expect(self.control(self.text("registration_office.form.submit"))).to_be_visible()

    def fill_with_passport(self, person: Person) -> None:
        self.verify()
        self.field("registration_office.form.name").fill(person.full_name)
        self.field("registration_office.form.email").fill(person.email)
        self.field("registration_office.documents.passport").check()
        self.field("registration_office.form.document_number").fill(person.passport_number)

    def confirm(self) -> None:
        self.click(self.text("registration_office.form.submit"))


@screen("bevestiging van de afspraak")
class Booked(OfficePage):
    @property
    def reference(self) -> Locator:
        return self.page.locator("[data-anchor=reference]")

    def verify_content(self) -> None:
        expect(self.heading(self.text("registration_office.booked.title"))).to_be_visible()
        expect(self.reference).to_be_visible()

    def reference_number(self) -> str:
        self.verify()
        return self.reference.inner_text().strip()


@screen("keuze van gebruikersnaam en wachtwoord")
class ChooseLogin(OfficePage):
    def verify_content(self) -> None:
        expect(self.heading(self.text("activation.login.title"))).to_be_visible()

    def choose(self, username: str, password: str) -> None:
        self.verify()
        self.page.get_by_label(self.text("activation.login.username"), exact=True).fill(username)
        self.page.get_by_label(self.text("activation.login.password"), exact=True).fill(password)
        repeat = self.text("activation.login.password_repeat")
        self.page.get_by_label(repeat, exact=True).fill(password)
        self.click(self.text("activation.login.submit"))


BROKEN_RULES = (
    "credentials.password.cases",
    "credentials.password.digit",
    "credentials.password.symbol",
)
"""The rules a password of small letters only breaks."""


@screen("melding dat het wachtwoord niet aan de regels voldoet")
class ChooseLoginRefused(ChooseLogin):
    """The form again, with the rules the password broke; nothing was kept."""

    def verify_content(self) -> None:
        super().verify_content()
        alert = self.page.get_by_role("alert")
        expect(alert).to_contain_text(self.text("activation.login.errors"))
        for rule in BROKEN_RULES:
            expect(alert).to_contain_text(self.text(rule))


JUST_ACTIVATED = {
    "activation.keys.email": "activation.keys.done.email",
    "activation.keys.app": "activation.keys.done.app",
}
"""The keys confirmed by a first code: their title, and what the page says once confirmed."""


@screen("mijn digitale sleutels")
class ActivationKeys(OfficePage):
    def verify_content(self) -> None:
        expect(self.heading(self.text("activation.keys.title"))).to_be_visible()

    def verify_active(self, dutch: str) -> None:
        """The key a feature names in Dutch is active, and the page says it was just done."""
        self.verify()
        title = self.from_reference(dutch)
        done = {self.text(key): message for key, message in JUST_ACTIVATED.items()}
        if title not in done:
            raise AssertionError(f"{dutch!r} is not a key confirmed by a first code")
        expect(self.page.get_by_role("status")).to_have_text(self.text(done[title]))
        card = self.page.locator(".key-list > li").filter(has=self.heading(title))
        expect(card.get_by_text(self.text("activation.keys.active"), exact=True)).to_be_visible()


class FirstCodePage(OfficePage):
    """A key's page that asks for a first code to confirm it."""

    title_key: ClassVar[str]
    code_key: ClassVar[str]

    @property
    def code_field(self) -> Locator:
        return self.page.get_by_label(self.text(self.code_key), exact=True)

    def verify_content(self) -> None:
        expect(self.heading(self.text(self.title_key))).to_be_visible()
        expect(self.code_field).to_be_visible()
        expect(self.control(self.text("activation.confirm"))).to_be_visible()

    def fill(self, code: str) -> None:
        self.verify()
        self.code_field.fill(code)


@screen("activatie van de beveiligingscode via e-mail")
class EmailCodeActivation(FirstCodePage):
    title_key = "activation.email.title"
    code_key = "activation.email.code"


@screen("melding dat de eerste beveiligingscode niet juist is")
class EmailCodeActivationRefused(EmailCodeActivation):
    def verify_content(self) -> None:
        super().verify_content()
        alert = self.page.get_by_role("alert")
        expect(alert).to_have_text(self.text("activation.email.wrong"))


@screen("activatie van de mobiele app")
class MobileAppActivation(FirstCodePage):
    title_key = "activation.app.title"
    code_key = "activation.app.code"

    @property
    def qr_code(self) -> Locator:
        return self.page.locator("[data-anchor=totp-qr] svg")

    def verify_content(self) -> None:
        super().verify_content()
        expect(self.qr_code).to_be_visible()

    def qr_photo(self) -> bytes:
        """A picture of the QR code as the screen shows it, for the phone's camera."""
        self.verify()
        return self.qr_code.screenshot(animations="disabled", caret="hide")


@screen("melding dat de code van de app niet juist is")
class MobileAppActivationRefused(MobileAppActivation):
    def verify_content(self) -> None:
        super().verify_content()
        alert = self.page.get_by_role("alert")
        expect(alert).to_have_text(self.text("activation.app.wrong_code"))


@screen("tokenkaart")
class TokenCard(OfficePage):
    @property
    def codes(self) -> Locator:
        return self.page.locator("[data-anchor=token-card] code")

    def verify_content(self) -> None:
        expect(self.heading(self.text("activation.token.title"))).to_be_visible()
        expect(self.codes).to_have_count(24)

    def read(self) -> tuple[str, ...]:
        self.verify()
        return tuple(code.strip() for code in self.codes.all_inner_texts())


class LinkRefused(OfficePage):
    title_key = ""

    def verify_content(self) -> None:
        expect(self.heading(self.text(self.title_key))).to_be_visible()


@screen("melding dat de activatielink verlopen is")
class LinkExpired(LinkRefused):
    title_key = "activation.link.expired.title"


@screen("melding dat de activatielink al gebruikt werd")
class LinkUsed(LinkRefused):
    title_key = "activation.link.used.title"
