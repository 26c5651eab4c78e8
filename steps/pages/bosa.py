"""The pages about the HR applications on the FPS BOSA website."""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar, TypeVar

from playwright.sync_api import Locator, expect

from steps.pages.base import Screen, display_name
from steps.pages.lookup import Lookup
from steps.pages.screens import screen


class BosaApplicationPage(Screen):
    """The page about one application: its title and the link to the application."""

    service = "bosa"
    slug: ClassVar[str]
    messages: ClassVar[str]
    """Prefix of the page's messages in the catalogue (``bosa.pss``)."""

    def open(self) -> None:
        self.page.goto(self.world.url("bosa", f"/{self.language}/applications/{self.slug}"))

    def verify_content(self) -> None:
        expect(self.heading(self.text(f"{self.messages}.title"))).to_be_visible()
        expect(self.application_link).to_be_visible()

    @property
    def application_link(self) -> Locator:
        return self.control(self.text(f"{self.messages}.link"))

    def follow_application_link(self) -> None:
        self.click(self.text(f"{self.messages}.link"))


BOSA_PAGES: Lookup[type[BosaApplicationPage]] = Lookup("application with a BOSA page")
"""``ik open de pagina over PersoContact op de site van de FOD BOSA``, by the application."""

BosaPageClass = TypeVar("BosaPageClass", bound=type[BosaApplicationPage])


def bosa_page(about: str) -> Callable[[BosaPageClass], BosaPageClass]:
    """Class decorator: this is the BOSA page about the application of service ``about``."""

    def register(cls: BosaPageClass) -> BosaPageClass:
        BOSA_PAGES.register(display_name(about), cls)
        return cls

    return register


@screen("BOSA-pagina over PersoSelfService")
@bosa_page(about="persoselfservice")
class BosaPersoSelfServicePage(BosaApplicationPage):
    slug = "persoselfservice-scope"
    messages = "bosa.pss"


@screen("BOSA-pagina over PersoContact")
@bosa_page(about="persocontact")
class BosaPersoContactPage(BosaApplicationPage):
    slug = "sago-persocontact"
    messages = "bosa.pc"
