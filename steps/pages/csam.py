"""CSAM, the federal authentication service: the key choice and its notices."""

from __future__ import annotations

from playwright.sync_api import expect

from steps.pages.base import Screen
from steps.pages.screens import screen

KEY_GROUPS = {
    "csam.keychoice.group_partners": ("csam.keychoice.key_eid", "csam.keychoice.key_itsme"),
    "csam.keychoice.group_codes": (
        "csam.keychoice.key_email",
        "csam.keychoice.key_app",
        "csam.keychoice.key_token",
    ),
}
"""The key choice's two groups and the keys in each, by catalogue key."""
OTHER_KEY = "csam.other_key"


@screen("sleutelkeuze van CSAM")
class CsamKeyChoicePage(Screen):
    """ "Aanmelden bij de online overheid": two groups, five keys and the itsme link."""

    service = "csam"

    def verify_content(self) -> None:
        expect(self.heading(self.text("csam.keychoice.title"))).to_be_visible()
        subtitle = self.text("csam.keychoice.subtitle")
        expect(self.page.get_by_text(subtitle)).to_be_visible()
        for group_key, keys in KEY_GROUPS.items():
            group = self.page.get_by_role("region", name=self.text(group_key), exact=True)
            expect(group).to_be_visible()
            for key in keys:
                expect(group.get_by_role("link", name=self.text(key), exact=True)).to_be_visible()
        expect(self.control(self.text("csam.keychoice.create_itsme"))).to_be_visible()


@screen("onderhoudsbericht van CSAM")
class CsamMaintenancePage(Screen):
    service = "csam"

    def verify_content(self) -> None:
        expect(self.heading(self.text("shared.maintenance.title"))).to_be_visible()
        expect(self.page.get_by_role("alert")).to_contain_text(self.text("csam.name"))


@screen("melding van CSAM dat itsme niet beschikbaar is")
class CsamItsmeUnavailable(Screen):
    """CSAM cannot reach itsme: it says so and offers the other keys."""

    service = "csam"

    def verify_content(self) -> None:
        expect(self.heading(self.text("csam.itsme_unavailable.title"))).to_be_visible()
        expect(self.control(self.text(OTHER_KEY))).to_be_visible()


@screen("melding van CSAM dat aanmelden via itsme niet lukte")
class CsamItsmeFailed(Screen):
    """itsme answered CSAM without a login (refused, expired, cancelled)."""

    service = "csam"

    def verify_content(self) -> None:
        expect(self.heading(self.text("csam.itsme_failed.title"))).to_be_visible()
        expect(self.control(self.text(OTHER_KEY))).to_be_visible()
