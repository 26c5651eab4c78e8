"""CSAM, the federal authentication service: the key choice and its notices."""

from __future__ import annotations

from playwright.sync_api import expect

from steps.pages.base import Screen

KEY_GROUPS = {
    "eID of digitale sleutels van erkende partners": (
        "AANMELDEN met eID kaartlezer",
        "AANMELDEN via itsme",
    ),
    "Digitale sleutels met beveiligingscode en gebruikersnaam + wachtwoord": (
        "AANMELDEN met beveiligingscode via e-mail",
        "AANMELDEN met beveiligingscode via mobiele app",
        "AANMELDEN met beveiligingscode via token",
    ),
}
CREATE_ITSME_LABEL = "Je itsme-account aanmaken"
OTHER_KEY_LABEL = "Kies een andere digitale sleutel"


class CsamKeyChoicePage(Screen):
    """ "Aanmelden bij de online overheid": two groups, five keys and the itsme link."""

    service = "csam"

    def verify_content(self) -> None:
        expect(self.heading("Aanmelden bij de online overheid")).to_be_visible()
        expect(self.page.get_by_text("Kies uw digitale sleutel om aan te melden")).to_be_visible()
        for group_title, keys in KEY_GROUPS.items():
            group = self.page.get_by_role("region", name=group_title, exact=True)
            expect(group).to_be_visible()
            for key in keys:
                expect(group.get_by_role("link", name=key, exact=True)).to_be_visible()
        expect(self.control(CREATE_ITSME_LABEL)).to_be_visible()


class CsamMaintenancePage(Screen):
    service = "csam"

    def verify_content(self) -> None:
        expect(self.heading("Tijdelijk niet beschikbaar wegens onderhoud")).to_be_visible()
        expect(self.page.get_by_role("alert")).to_contain_text("CSAM")


class CsamItsmeUnavailable(Screen):
    """CSAM cannot reach itsme: it says so and offers the other keys."""

    service = "csam"

    def verify_content(self) -> None:
        expect(self.heading("itsme is momenteel niet beschikbaar")).to_be_visible()
        expect(self.control(OTHER_KEY_LABEL)).to_be_visible()


class CsamItsmeFailed(Screen):
    """itsme answered CSAM without a login (refused, expired, cancelled)."""

    service = "csam"

    def verify_content(self) -> None:
        expect(self.heading("Aanmelden via itsme is niet gelukt")).to_be_visible()
        expect(self.control(OTHER_KEY_LABEL)).to_be_visible()
