"""Creating an itsme account: the self-enrolment site on the computer (steps 2-4)."""

from __future__ import annotations

from playwright.sync_api import Locator, expect

from steps.pages.base import Screen
from steps.pages.screens import screen


class EnrolmentSite(Screen):
    service = "itsme_enrolment"

    def expect_problem(self, quoted: str) -> None:
        """The site says ``quoted`` (as a feature quotes it, in Dutch)."""
        expect(self.page.get_by_role("alert")).to_contain_text(self.from_reference(quoted))


@screen("registratieformulier van itsme")
class EnrolmentForm(EnrolmentSite):
    """Step 2: the phone number with its country code, and the e-mail address."""

    @property
    def phone_field(self) -> Locator:
        return self.page.get_by_label(self.text("itsme_enrolment.form.phone"), exact=True)

    @property
    def email_field(self) -> Locator:
        return self.page.get_by_label(self.text("itsme_enrolment.form.email"), exact=True)

    def verify_content(self) -> None:
        expect(self.heading(self.text("itsme_enrolment.form.title"))).to_be_visible()
        expect(self.phone_field).to_be_visible()
        expect(self.email_field).to_be_visible()

    def open(self) -> None:
        self.page.goto(self.world.url(self.service, "/self-enroll"))

    def fill(self, number: str, email: str) -> None:
        self.verify()
        self.phone_field.fill(number)
        self.email_field.fill(email)


@screen("contract van itsme")
class EnrolmentContract(EnrolmentSite):
    """Step 3: the contract to read and sign with the eID."""

    def verify_content(self) -> None:
        expect(self.heading(self.text("itsme_enrolment.contract.title"))).to_be_visible()
        expect(self.control(self.text("itsme_enrolment.contract.sign"))).to_be_visible()


@screen("identificatietoken op de computer")
class EnrolmentToken(EnrolmentSite):
    """Step 4: the identification token, valid 30 minutes."""

    @property
    def token(self) -> Locator:
        return self.page.locator("[data-anchor=token] code")

    def verify_content(self) -> None:
        expect(self.heading(self.text("itsme_enrolment.token.title"))).to_be_visible()
        expect(self.token).to_be_visible()

    def read_token(self) -> str:
        self.verify()
        return self.token.inner_text().strip()


@screen("verlopen identificatietoken op de computer")
class EnrolmentTokenExpired(EnrolmentSite):
    def verify_content(self) -> None:
        expect(self.heading(self.text("itsme_enrolment.token.title"))).to_be_visible()
        alert = self.page.get_by_role("alert")
        expect(alert).to_have_text(self.text("itsme_enrolment.token.expired"))
