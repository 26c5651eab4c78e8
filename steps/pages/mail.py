"""The webmail: a person's mailbox and one message in it."""

from __future__ import annotations

from playwright.sync_api import Locator, expect

from steps.pages.base import Screen
from steps.pages.screens import screen

SERVICE = "mail"


@screen("mailbox in de webmail")
class WebmailInbox(Screen):
    service = SERVICE

    def open(self, address: str) -> None:
        self.page.goto(self.world.url(SERVICE, f"/mailbox/{address}/"))

    def verify_content(self) -> None:
        expect(self.page.locator("[data-screen=mail-inbox]")).to_be_visible()
        expect(self.page.get_by_role("heading", level=1)).to_have_text(
            self.pattern("mail.inbox.title")
        )


@screen("e-mail in de webmail")
class WebmailMessage(Screen):
    service = SERVICE

    @property
    def subject(self) -> Locator:
        return self.page.locator("[data-anchor=message-subject]")

    def verify_content(self) -> None:
        expect(self.subject).to_be_visible()
        expect(self.page.locator("[data-anchor=message-body]")).to_be_visible()
