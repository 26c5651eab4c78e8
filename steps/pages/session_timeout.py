"""PersoSelfService's inactivity timeout: the warning shortly before the end, the expiry page."""

from __future__ import annotations

from playwright.sync_api import Locator, expect

from steps.pages.base import Screen

WARNING_TITLE = "Waarschuwing: uw sessie verloopt binnenkort"
OK_LABEL = "OK"
LOGIN_AGAIN_LABEL = "Aanmelden bij PeopleSoft"


class InactivityWarning(Screen):
    """The modal dialog "Waarschuwing: uw sessie verloopt binnenkort" with its OK button."""

    service = "persoselfservice"

    @property
    def dialog(self) -> Locator:
        return self.page.get_by_role("alertdialog", name=WARNING_TITLE, exact=True)

    @property
    def ok_button(self) -> Locator:
        return self.dialog.get_by_role("button", name=OK_LABEL, exact=True)

    def verify_content(self) -> None:
        expect(self.dialog).to_be_visible()
        expect(self.dialog).to_contain_text("Klik op OK om de sessie te verlengen.")
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


class InactivityWarningProblem(InactivityWarning):
    """The warning after an OK that PersoSelfService did not answer: it says so, and OK can
    be clicked again."""

    def verify_content(self) -> None:
        super().verify_content()
        expect(self.dialog.get_by_role("alert")).to_contain_text(
            "De sessie kon niet worden verlengd"
        )


class SessionExpiredPage(Screen):
    """PeopleSoft's expiry page: "Uw sessie is verlopen" and "Aanmelden bij PeopleSoft"."""

    service = "persoselfservice"

    def verify_content(self) -> None:
        expect(self.heading("Uw sessie is verlopen")).to_be_visible()
        expect(self.page.get_by_text("U bent afgemeld wegens inactiviteit")).to_be_visible()
        expect(self.page.get_by_role("link", name=LOGIN_AGAIN_LABEL, exact=True)).to_be_visible()
