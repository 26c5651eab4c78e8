"""PersoSelfService's inactivity timeout: the warning shortly before the end, the expiry page."""

from __future__ import annotations

from playwright.sync_api import Locator, expect

from steps.pages.base import Screen
from steps.pages.screens import screen


@screen("waarschuwing van PersoSelfService dat de sessie verloopt")
class InactivityWarning(Screen):
    """The modal dialog "Waarschuwing: uw sessie verloopt binnenkort" with its OK button."""

    service = "persoselfservice"

    @property
    def dialog(self) -> Locator:
        title = self.text("persoselfservice.inactivity.title")
        return self.page.get_by_role("alertdialog", name=title, exact=True)

    @property
    def ok_button(self) -> Locator:
        ok = self.text("persoselfservice.inactivity.ok")
        return self.dialog.get_by_role("button", name=ok, exact=True)

    def verify_content(self) -> None:
        expect(self.dialog).to_be_visible()
        expect(self.dialog).to_contain_text(self.text("persoselfservice.inactivity.extend"))
        expect(self.ok_button).to_be_enabled()

    def expect_absent(self) -> None:
        expect(self.dialog).to_be_hidden()

    def confirm(self) -> None:
        """Click OK and wait for the server's answer: the dialog closes once the session is
        extended and the page's countdown restarted (or the page leaves for the expiry page),
        so time may pass right after this returns."""
        self.verify()
        self.ok_button.click()
        expect(self.dialog).to_be_hidden()


@screen("waarschuwing van PersoSelfService dat de sessie niet verlengd werd")
class InactivityWarningProblem(InactivityWarning):
    """The warning after an OK that PersoSelfService did not answer: it says so, and OK can
    be clicked again."""

    def verify_content(self) -> None:
        super().verify_content()
        expect(self.dialog.get_by_role("alert")).to_contain_text(
            self.text("persoselfservice.inactivity.failed")
        )


@screen("melding van PersoSelfService dat de sessie verlopen is")
class SessionExpiredPage(Screen):
    """PeopleSoft's expiry page: "Uw sessie is verlopen" and "Aanmelden bij PeopleSoft"."""

    service = "persoselfservice"

    def verify_content(self) -> None:
        expect(self.heading(self.text("persoselfservice.expired.title"))).to_be_visible()
        body = self.pattern("persoselfservice.expired.body")
        expect(self.page.get_by_text(body)).to_be_visible()
        login = self.text("persoselfservice.expired.login")
        expect(self.page.get_by_role("link", name=login, exact=True)).to_be_visible()
