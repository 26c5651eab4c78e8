"""Notices an application shows about the systems it depends on."""

from __future__ import annotations

from typing import ClassVar

from playwright.sync_api import expect

from steps.pages.base import Screen


class CsamUnreachableNotice(Screen):
    """What an application says when CSAM does not answer."""

    service: ClassVar[str]

    def verify_content(self) -> None:
        expect(self.heading("Aanmelden is momenteel niet mogelijk")).to_be_visible()
        expect(self.page.get_by_role("alert")).to_contain_text("CSAM")


class PersoSelfServiceCsamUnreachable(CsamUnreachableNotice):
    service = "persoselfservice"


class PersoContactCsamUnreachable(CsamUnreachableNotice):
    service = "persocontact"
