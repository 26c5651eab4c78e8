"""CSAM's pages of the keys with a security code: username and password, the code, the
refusals and the lockout; and the authenticator app on the phone."""

from __future__ import annotations

import re
from typing import ClassVar

from playwright.sync_api import FilePayload, Locator, expect

from mock_services.control.client import WorldClient
from steps.pages.base import Screen
from steps.pages.screens import screen

TOKEN_NUMBER = re.compile(r"\d+")


@screen("aanmelden met gebruikersnaam en wachtwoord bij CSAM")
class CsamPasswordPage(Screen):
    """The first page of every security-code key: username and password."""

    service = "csam"

    @property
    def username(self) -> Locator:
        return self.page.get_by_label(self.text("csam.code.username"), exact=True)

    @property
    def password(self) -> Locator:
        return self.page.get_by_label(self.text("csam.code.password"), exact=True)

    def verify_content(self) -> None:
        expect(self.page.get_by_text(self.pattern("csam.code.lead"))).to_be_visible()
        expect(self.username).to_be_visible()
        expect(self.password).to_be_visible()
        expect(self.control(self.text("csam.code.next"))).to_be_visible()

    def fill(self, username: str, password: str) -> None:
        self.verify()
        self.username.fill(username)
        self.password.fill(password)

    def log_in(self, username: str, password: str) -> None:
        self.fill(username, password)
        self.click(self.text("csam.code.next"))


@screen("melding van CSAM dat gebruikersnaam of wachtwoord niet juist is")
class CsamWrongPassword(CsamPasswordPage):
    def verify_content(self) -> None:
        super().verify_content()
        alert = self.page.get_by_role("alert")
        expect(alert).to_contain_text(self.text("csam.code.error_wrong_login"))
        expect(self.password).to_have_attribute("aria-invalid", "true")


@screen("ingave van de beveiligingscode bij CSAM")
class CsamCodePage(Screen):
    """The second page: the key's code (by e-mail, from the app, or number N of the card)."""

    service = "csam"

    @property
    def code_field(self) -> Locator:
        return self.page.get_by_label(self.text("csam.code.code_label"), exact=True)

    @property
    def prompt(self) -> Locator:
        keys = ("csam.code.prompt_email", "csam.code.prompt_app", "csam.code.prompt_token")
        return self.page.get_by_text(self.pattern(*keys))

    def verify_content(self) -> None:
        expect(self.prompt).to_be_visible()
        expect(self.code_field).to_be_visible()
        expect(self.control(self.text("csam.code.login"))).to_be_visible()

    def token_number(self) -> int:
        """The number of the token card's code CSAM asks for."""
        self.verify()
        found = TOKEN_NUMBER.search(self.prompt.inner_text())
        if found is None:
            raise AssertionError("CSAM does not ask for a numbered code of the token card")
        return int(found.group())

    def fill(self, code: str) -> None:
        self.verify()
        self.code_field.fill(code)

    def submit(self, code: str) -> None:
        self.fill(code)
        self.click(self.text("csam.code.login"))


@screen("melding van CSAM dat de e-mail later verstuurd wordt")
class CsamCodeMailQueued(CsamCodePage):
    def verify_content(self) -> None:
        super().verify_content()
        expect(self.page.get_by_role("status")).to_have_text(self.text("mail.sender.queued"))


class CsamCodeRefused(CsamCodePage):
    message_key: ClassVar[str]

    def verify_content(self) -> None:
        super().verify_content()
        expect(self.page.get_by_role("alert")).to_contain_text(self.text(self.message_key))
        expect(self.code_field).to_have_attribute("aria-invalid", "true")


@screen("melding van CSAM dat de beveiligingscode niet juist is")
class CsamWrongCode(CsamCodeRefused):
    message_key = "csam.code.error_wrong"


@screen("melding van CSAM dat de beveiligingscode verlopen is")
class CsamExpiredCode(CsamCodeRefused):
    message_key = "csam.code.error_expired"


@screen("melding van CSAM dat de beveiligingscode al gebruikt werd")
class CsamUsedCode(CsamCodeRefused):
    message_key = "csam.code.error_used"


@screen("melding van CSAM dat het account geblokkeerd is")
class CsamLocked(Screen):
    """Five mistakes: the account is locked; the way out is the registration office."""

    service = "csam"

    def verify_content(self) -> None:
        expect(self.heading(self.text("csam.code_locked.title"))).to_be_visible()
        expect(self.page.get_by_text(self.text("csam.code_locked.way_out"))).to_be_visible()
        expect(self.control(self.text("csam.code_locked.offices"))).to_be_visible()


@screen("authenticator-app")
class AuthenticatorApp(Screen):
    """The authenticator app on the phone: the account and its current code."""

    service = "csam"

    @property
    def code(self) -> Locator:
        return self.page.get_by_label(self.text("csam.authenticator.code"), exact=True)

    def install(self, username: str) -> None:
        """Put the account's mobile-app key in the phone's app, as scanning its QR code would,
        for keys the control API made: the phone keeps the cookie the API answers."""
        control = WorldClient(self.world.url("control"))
        bound = control.call("POST", "/api/csam/authenticator", {"username": username})
        self.page.context.add_cookies([bound["cookie"]])

    def open(self) -> None:
        self.page.goto(self.world.url("csam", "/authenticator"))

    def verify_content(self) -> None:
        expect(self.heading(self.text("csam.authenticator.title"))).to_be_visible()
        expect(self.code).to_be_visible()

    def current_code(self) -> str:
        self.open()
        self.verify()
        return self.code.inner_text().replace(" ", "")


@screen("QR-code scannen in de authenticator-app")
class AuthenticatorScan(Screen):
    """The app's camera, pointed at a QR code to add the account it holds."""

    service = "csam"

    @property
    def camera(self) -> Locator:
        return self.page.get_by_label(self.text("csam.authenticator.scan.camera"), exact=True)

    def verify_content(self) -> None:
        expect(self.heading(self.text("csam.authenticator.scan.title"))).to_be_visible()
        expect(self.control(self.text("csam.authenticator.scan.submit"))).to_be_visible()

    def scan(self, photo: bytes) -> None:
        """Take ``photo`` with the camera and let the app read it."""
        self.verify()
        picture: FilePayload = {"name": "qr-code.png", "mimeType": "image/png", "buffer": photo}
        self.camera.set_input_files(picture)
        self.click(self.text("csam.authenticator.scan.submit"))
