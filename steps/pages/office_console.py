"""The registration office's console, for its agent: the appointment, the identity check and
the creation of the keys."""

from __future__ import annotations

from playwright.sync_api import Locator, expect

from steps.pages.base import Screen
from steps.pages.screens import screen


@screen("afspraak in de console van het registratiekantoor")
class ConsoleAppointment(Screen):
    """The appointment as the agent sees it, with the identity check to do."""

    service = "office_console"

    @property
    def document_number(self) -> Locator:
        return self.page.get_by_label(self.text("console.identity.document_number"), exact=True)

    def open(self, reference: str) -> None:
        self.page.goto(self.world.url("office_console", f"/afspraken/{reference}"))

    def verify_content(self) -> None:
        expect(self.page.get_by_text(self.text("console.identity.lead"))).to_be_visible()
        expect(self.document_number).to_be_visible()

    def fill_document_number(self, number: str) -> None:
        self.verify()
        self.document_number.fill(number)

    def check(self) -> None:
        self.click(self.text("console.identity.submit"))


@screen("melding dat het identiteitsdocument niet overeenkomt")
class ConsoleMismatch(ConsoleAppointment):
    def verify_content(self) -> None:
        super().verify_content()
        expect(self.page.get_by_role("alert")).to_contain_text(
            self.pattern("console.identity.mismatch", "console.identity.unknown_document")
        )


@screen("gecontroleerde identiteit in de console van het registratiekantoor")
class ConsoleIdentified(Screen):
    service = "office_console"

    @property
    def email(self) -> Locator:
        return self.page.get_by_label(self.text("console.keys.email"), exact=True)

    def verify_content(self) -> None:
        expect(self.heading(self.text("console.identity.verified"))).to_be_visible()
        expect(self.email).to_be_visible()

    def create_keys(self, email: str) -> None:
        self.verify()
        self.email.fill(email)
        self.click(self.text("console.keys.submit"))


@screen("aangemaakte sleutels in de console van het registratiekantoor")
class ConsoleKeysCreated(Screen):
    service = "office_console"

    def verify_content(self) -> None:
        expect(self.page.get_by_text(self.pattern("console.keys.created"))).to_be_visible()
