"""The registration offices' site: offices, free moments, the booking form, the confirmation;
and the activation of the keys (username and password, the token card)."""

from __future__ import annotations

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


@screen("mijn digitale sleutels")
class ActivationKeys(OfficePage):
    def verify_content(self) -> None:
        expect(self.heading(self.text("activation.keys.title"))).to_be_visible()


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
