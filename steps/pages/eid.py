"""The eID login: CSAM's page to insert the card, the eID software's windows, CSAM's refusals."""

from __future__ import annotations

from playwright.sync_api import Locator, expect

from steps.pages.base import Screen


class CsamEidStartPage(Screen):
    """Step 2 of the guide: "Steek de kaart in de lezer en klik op 'aanmelden'"."""

    service = "csam"

    def verify_content(self) -> None:
        expect(self.heading("Aanmelden met je eID-kaart")).to_be_visible()
        expect(self.page.get_by_text("Steek je eID-kaart in de kaartlezer.")).to_be_visible()
        expect(self.control("Aanmelden")).to_be_visible()


class EidCertificateDialog(Screen):
    """Step 3: the eID software shows the certificate it will use."""

    service = "eid_middleware"

    @property
    def selected_certificate(self) -> Locator:
        return self.page.get_by_role("row", selected=True)

    def verify_content(self) -> None:
        expect(self.page.get_by_role("dialog", name="Certificaat selecteren")).to_be_visible()
        expect(self.heading("Selecteer een certificaat")).to_be_visible()
        expect(self.selected_certificate).to_be_visible()

    def expect_certificate_of(self, holder: str) -> None:
        expect(self.selected_certificate).to_contain_text(f"{holder} (Authentication)")
        expect(self.selected_certificate).to_contain_text("Citizen TEST CA")


class EidPinDialog(Screen):
    """Step 4: the eID software asks for the PIN."""

    service = "eid_middleware"

    @property
    def pin_field(self) -> Locator:
        return self.page.get_by_label("PIN-code", exact=True)

    def verify_content(self) -> None:
        expect(self.page.get_by_role("dialog", name="Belgische eID: PIN-code")).to_be_visible()
        expect(self.heading("Geef je PIN-code in")).to_be_visible()
        expect(self.pin_field).to_be_visible()

    def enter_pin(self, pin: str) -> None:
        self.verify()
        self.pin_field.fill(pin)

    def expect_problem(self, text: str) -> None:
        expect(self.page.get_by_role("alert")).to_have_text(text)


class CsamEidFailed(Screen):
    """CSAM explains why the eID login did not succeed, and offers to try again."""

    service = "csam"

    def verify_content(self) -> None:
        expect(self.page.get_by_role("alert")).to_be_visible()
        expect(self.control("Opnieuw proberen")).to_be_visible()
        expect(self.control("Kies een andere digitale sleutel")).to_be_visible()

    def expect_message(self, title: str) -> None:
        expect(self.page.get_by_role("heading", level=1)).to_have_text(title)
