"""The person's mailbox in the browser (the webmail of the mail system)."""

from __future__ import annotations

from playwright.sync_api import Locator, expect

from steps.pages.base import Screen
from steps.pages.screens import screen

SERVICE = "mail"


@screen("mailbox")
@screen("mailbox in de webmail")
class Inbox(Screen):
    service = SERVICE

    def open(self, address: str) -> None:
        self.page.goto(self.world.url(SERVICE, f"/mailbox/{address}/"))

    def verify_content(self) -> None:
        expect(self.page.locator("[data-screen=mail-inbox]")).to_be_visible()
        expect(self.page.get_by_role("heading", level=1)).to_have_text(
            self.pattern("mail.inbox.title")
        )
        expect(self.page.get_by_text(self.pattern("mail.inbox.summary"))).to_be_visible()

    def open_message(self, subject: str) -> None:
        self.verify()
        self.page.get_by_role("link", name=subject, exact=True).last.click()


@screen("e-mail in de mailbox")
@screen("e-mail in de webmail")
class MailMessage(Screen):
    service = SERVICE

    @property
    def subject(self) -> Locator:
        return self.page.locator("[data-anchor=message-subject]")

    def verify_content(self) -> None:
        expect(self.subject).to_be_visible()
        expect(self.page.locator("[data-anchor=message-body]")).to_be_visible()

    def follow(self, label: str) -> None:
        self.verify()
        self.page.get_by_role("link", name=label, exact=True).click()
