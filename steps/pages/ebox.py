"""The eBox on socialsecurity.be: its public page, the activation, the list of documents, a
document, and its refusals."""

from __future__ import annotations

import re

from playwright.sync_api import Locator, expect

from steps.pages.applications import SignedInHome, signed_in_home
from steps.pages.base import Screen, StartPage, start_page
from steps.pages.screens import screen

SERVICE = "ebox"


class EboxScreen(Screen):
    service = SERVICE

    @property
    def notices(self) -> Locator:
        """What the eBox says about the last action: errors and confirmations."""
        return self.page.get_by_role("alert").or_(self.page.get_by_role("status"))

    def expect_notice(self, text: str) -> None:
        expect(self.notices).to_contain_text(text)


@screen("startpagina van de eBox")
@start_page
class EboxStartPage(StartPage):
    """socialsecurity.be's public page about the eBox, with the login button."""

    service = SERVICE

    def open(self) -> None:
        self.page.goto(self.world.url(SERVICE, "/"))

    def verify_content(self) -> None:
        expect(self.heading(self.text("ebox.start.title"))).to_be_visible()
        expect(self.control(self.text("ebox.start.login"))).to_be_visible()


@screen("activatiepagina van de eBox")
class EboxActivationPage(EboxScreen):
    def verify_content(self) -> None:
        expect(self.heading(self.text("ebox.activate.title"))).to_be_visible()
        expect(self.email_field).to_be_visible()

    @property
    def email_field(self) -> Locator:
        return self.page.get_by_label(self.text("ebox.activate.email"), exact=True)

    def enter_email(self, address: str) -> None:
        self.verify()
        self.email_field.fill(address)


@screen("bevestigingspagina van de eBox")
class EboxCodePage(EboxScreen):
    def verify_content(self) -> None:
        expect(self.heading(self.text("ebox.activate.code_title"))).to_be_visible()
        expect(self.code_field).to_be_visible()

    @property
    def code_field(self) -> Locator:
        return self.page.get_by_label(self.text("ebox.activate.code"), exact=True)

    def enter_code(self, code: str) -> None:
        self.verify()
        self.code_field.fill(code)


@screen("mijn eBox")
@signed_in_home
class EboxDocumentList(SignedInHome, EboxScreen):
    """The list of documents, the unread ones marked "Nieuw"."""

    service = SERVICE
    title_key = "ebox.box.title"

    def row(self, title: str) -> Locator:
        return self.page.get_by_role("row").filter(
            has=self.page.get_by_role("link", name=title, exact=True)
        )

    def expect_document(self, title: str, *, unread: bool) -> None:
        row = self.row(title)
        expect(row).to_have_count(1)
        new = row.get_by_text(self.text("ebox.box.new"), exact=True)
        if unread:
            expect(row).to_have_class(re.compile(r"\bunread\b"))
            expect(new).to_be_visible()
        else:
            expect(row).to_have_class(re.compile(r"(^|\s)read\b"))
            expect(new).to_have_count(0)


@screen("document in de eBox")
class EboxDocumentPage(EboxScreen):
    def verify_content(self) -> None:
        expect(self.page.locator("[data-anchor=document-body]")).to_be_visible()
        expect(self.control(self.text("ebox.document.back"))).to_be_visible()

    def expect_document(self, title: str, sender: str) -> None:
        expect(self.heading(title)).to_be_visible()
        expect(self.page.locator("[data-anchor=document-headers]")).to_contain_text(sender)


@screen("weigering van een document in de eBox")
class EboxDocumentRefused(EboxScreen):
    def verify_content(self) -> None:
        expect(self.heading(self.text("ebox.refused.title"))).to_be_visible()

    def open_directly(self, document_id: str) -> None:
        """Type a document's address in the browser, as someone curious would."""
        self.page.goto(self.world.url(SERVICE, f"/ebox/documenten/{document_id}"))

    def expect_nothing_of(self, *texts: str) -> None:
        for text in texts:
            expect(self.page.get_by_text(text)).to_have_count(0)


@screen("onderhoudsbericht van de eBox")
class EboxMaintenancePage(EboxScreen):
    def verify_content(self) -> None:
        expect(self.heading(self.text("shared.maintenance.title"))).to_be_visible()
        expect(self.page.get_by_role("alert")).to_contain_text(self.text("ebox.name"))
