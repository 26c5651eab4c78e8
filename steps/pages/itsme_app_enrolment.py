"""Creating an itsme account on the smartphone: the app store (step 1) and the app (5-8)."""

from __future__ import annotations

from typing import ClassVar

from playwright.sync_api import Locator, expect

from steps.pages.base import Screen
from steps.pages.screens import screen


class AppScreen(Screen):
    service = "itsme"
    title_key: ClassVar[str]

    def verify_content(self) -> None:
        expect(self.heading(self.text(self.title_key))).to_be_visible()

    def expect_problem(self, quoted: str) -> None:
        """The app says ``quoted`` (as a feature quotes it, in Dutch): an alert or a notice."""
        said = self.page.get_by_role("alert").or_(self.page.get_by_role("status"))
        expect(said).to_contain_text(self.from_reference(quoted))


@screen("itsme in de App Store")
class AppStore(AppScreen):
    """Step 1: itsme's page in the phone's app store."""

    title_key = "itsme.name"

    def open(self) -> None:
        self.page.goto(self.world.url("itsme", "/store/itsme"))

    def verify_content(self) -> None:
        super().verify_content()
        expect(self.page.get_by_text(self.text("itsme.store.developer"))).to_be_visible()


@screen("welkomstscherm van de itsme-app")
class AppWelcome(AppScreen):
    title_key = "itsme.app.unpaired_title"

    def open(self) -> None:
        self.page.goto(self.world.url("itsme", "/app"))

    def verify_content(self) -> None:
        super().verify_content()
        expect(self.control(self.text("itsme.enrol.create"))).to_be_visible()


class AppField(AppScreen):
    label_key: ClassVar[str]

    @property
    def field(self) -> Locator:
        return self.page.get_by_label(self.text(self.label_key), exact=True)

    def verify_content(self) -> None:
        super().verify_content()
        expect(self.field).to_be_visible()

    def enter(self, value: str) -> None:
        self.verify()
        self.field.fill(value)


@screen("gsm-nummer in de itsme-app")
class AppEnrolPhone(AppField):
    """Step 5: the phone number given on the computer."""

    title_key = "itsme.enrol.phone_title"
    label_key = "itsme.phone.label"


@screen("identificatietoken in de itsme-app")
class AppEnrolToken(AppField):
    """Step 6: the token, exactly as shown on the computer."""

    title_key = "itsme.enrol.token_title"
    label_key = "itsme.enrol.token_label"


@screen("controlecode in de itsme-app")
class AppEnrolSms(AppField):
    """Step 7: the 5-digit code of the SMS from 8836."""

    title_key = "itsme.enrol.sms_title"
    label_key = "itsme.enrol.sms_label"

    def verify_content(self) -> None:
        """The heading and "Opnieuw versturen"; the field only once an SMS went out."""
        expect(self.heading(self.text(self.title_key))).to_be_visible()
        expect(self.control(self.text("itsme.enrol.sms_resend"))).to_be_visible()


@screen("itsme-code kiezen in de itsme-app")
class AppEnrolCode(AppField):
    """Step 8: the new itsme code."""

    title_key = "itsme.enrol.code_title"
    label_key = "itsme.app.code_label"


@screen("itsme-code bevestigen in de itsme-app")
class AppEnrolCodeConfirm(AppField):
    title_key = "itsme.enrol.code_confirm_title"
    label_key = "itsme.enrol.code_confirm_label"


@screen("vingerafdruk of gezichtsherkenning in de itsme-app")
class AppEnrolBiometrics(AppScreen):
    title_key = "itsme.enrol.biometrics_title"


@screen("aangemaakte digitale identiteit in de itsme-app")
class AppEnrolDone(AppScreen):
    """The result: "Je digitale identiteit is aangemaakt!"."""

    title_key = "itsme.enrol.done_title"


@screen("stopgezette registratie in de itsme-app")
class AppEnrolStopped(AppScreen):
    title_key = "itsme.enrol.stopped_title"


@screen("verlopen registratie in de itsme-app")
class AppEnrolExpired(AppScreen):
    title_key = "itsme.enrol.expired_title"
