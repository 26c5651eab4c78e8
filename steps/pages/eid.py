"""The eID login: CSAM's page to insert the card, the eID software's windows, CSAM's refusals."""

from __future__ import annotations

from playwright.sync_api import Locator, expect

from steps.pages.base import Screen
from steps.pages.screens import screen

TEST_CA = "Citizen TEST CA"
"""Issuer of the test persons' certificates (testdata PKI), shown in the certificate list."""
AUTHENTICATION = "Authentication"
SIGNATURE = "Signature"
"""The key's role in the certificate holder's common name: ``An Peeters (Signature)``."""


@screen("eID-aanmelding van CSAM")
class CsamEidStartPage(Screen):
    """Step 2 of the guide: "Steek de kaart in de lezer en klik op 'aanmelden'"."""

    service = "csam"

    def verify_content(self) -> None:
        expect(self.heading(self.text("csam.eid.title"))).to_be_visible()
        expect(self.page.get_by_text(self.text("csam.eid.step_card"))).to_be_visible()
        expect(self.control(self.text("csam.eid.login"))).to_be_visible()


@screen("certificaatkeuze van de eID-software")
class EidCertificateDialog(Screen):
    """Step 3: the eID software shows the certificate it will use."""

    service = "eid_middleware"

    @property
    def selected_certificate(self) -> Locator:
        return self.page.get_by_role("row", selected=True)

    def verify_content(self) -> None:
        window = self.text("eid_middleware.certificate.window")
        expect(self.page.get_by_role("dialog", name=window)).to_be_visible()
        expect(self.heading(self.text("eid_middleware.certificate.title"))).to_be_visible()
        expect(self.selected_certificate).to_be_visible()

    def expect_certificate_of(self, holder: str, role: str = AUTHENTICATION) -> None:
        expect(self.selected_certificate).to_contain_text(f"{holder} ({role})")
        expect(self.selected_certificate).to_contain_text(TEST_CA)


@screen("PIN-venster van de eID-software")
class EidPinDialog(Screen):
    """Step 4: the eID software asks for the PIN."""

    service = "eid_middleware"

    @property
    def pin_field(self) -> Locator:
        return self.page.get_by_label(self.text("eid_middleware.pin.label"), exact=True)

    def verify_content(self) -> None:
        window = self.text("eid_middleware.pin.window")
        expect(self.page.get_by_role("dialog", name=window)).to_be_visible()
        expect(self.heading(self.text("eid_middleware.pin.title"))).to_be_visible()
        expect(self.pin_field).to_be_visible()

    def enter_pin(self, pin: str) -> None:
        self.verify()
        self.pin_field.fill(pin)

    def expect_problem(self, quoted: str) -> None:
        """The software says ``quoted`` (as a feature quotes it, in Dutch)."""
        expect(self.page.get_by_role("alert")).to_have_text(self.from_reference(quoted))


@screen("melding van CSAM over de eID-aanmelding")
class CsamEidFailed(Screen):
    """CSAM explains why the eID login did not succeed, and offers to try again."""

    service = "csam"

    def verify_content(self) -> None:
        expect(self.page.get_by_role("alert")).to_be_visible()
        expect(self.control(self.text("csam.eid_failed.retry"))).to_be_visible()
        expect(self.control(self.text("csam.other_key"))).to_be_visible()

    def expect_message(self, quoted: str) -> None:
        """CSAM's message has the title ``quoted`` (as a feature quotes it, in Dutch)."""
        title = self.from_reference(quoted)
        expect(self.page.get_by_role("heading", level=1)).to_have_text(title)
