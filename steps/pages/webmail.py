"""The person's mailbox in the browser (the webmail of the mail system)."""

from __future__ import annotations

from playwright.sync_api import expect

from steps.pages.base import Screen
from steps.pages.screens import screen


@screen("mailbox")
class Inbox(Screen):
    service = "mail"

    def open(self, address: str) -> None:
        self.page.goto(self.world.url("mail", f"/mailbox/{address}/"))

    def verify_content(self) -> None:
        expect(self.page.get_by_text(self.pattern("mail.inbox.summary"))).to_be_visible()

    def open_message(self, subject: str) -> None:
        self.verify()
        self.page.get_by_role("link", name=subject, exact=True).last.click()


@screen("e-mail in de mailbox")
class MailMessage(Screen):
    service = "mail"

    def verify_content(self) -> None:
        expect(self.page.locator("[data-anchor=message-subject]")).to_be_visible()

    def follow(self, label: str) -> None:
        self.verify()
        self.page.get_by_role("link", name=label, exact=True).click()
