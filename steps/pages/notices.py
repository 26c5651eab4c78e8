"""Notices an application shows about the systems it depends on."""

from __future__ import annotations

from playwright.sync_api import expect

from steps.pages.base import Screen
from steps.pages.screens import screen


class CsamUnreachableNotice(Screen):
    """What an application says when CSAM does not answer."""

    def verify_content(self) -> None:
        expect(self.heading(self.text("shared.csam_unreachable.title"))).to_be_visible()
        expect(self.page.get_by_role("alert")).to_contain_text(self.text("csam.name"))


@screen("melding van PersoSelfService dat CSAM onbereikbaar is")
class PersoSelfServiceCsamUnreachable(CsamUnreachableNotice):
    service = "persoselfservice"


@screen("melding van PersoContact dat CSAM onbereikbaar is")
class PersoContactCsamUnreachable(CsamUnreachableNotice):
    service = "persocontact"
