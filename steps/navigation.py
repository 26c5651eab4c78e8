"""Getting around: opening the applications, following links, choosing the language."""

from __future__ import annotations

from playwright.sync_api import Page
from pytest_bdd import given, parsers, then, when

from mock_services.world import World
from steps.pages.base import Controls
from steps.pages.bosa import BosaApplicationPage, BosaPersoContactPage, BosaPersoSelfServicePage
from steps.pages.persocontact import PersoContactStartPage
from steps.pages.persoselfservice import PersoSelfServiceStartPage

BOSA_PAGES: dict[str, type[BosaApplicationPage]] = {
    "PersoSelfService": BosaPersoSelfServicePage,
    "PersoContact": BosaPersoContactPage,
}
START_PAGES: dict[str, type[PersoSelfServiceStartPage | PersoContactStartPage]] = {
    "PersoSelfService": PersoSelfServiceStartPage,
    "PersoContact": PersoContactStartPage,
}


@given(parsers.re(r"ik open de pagina over (?P<app>\w+) op de site van de FOD BOSA"))
def open_bosa_page(page: Page, world: World, app: str) -> None:
    BOSA_PAGES[app](page, world).open()


@given(parsers.re(r"ik surf rechtstreeks naar (?P<app>\w+)"))
def open_application_directly(page: Page, world: World, app: str) -> None:
    START_PAGES[app](page, world).open()


@when(parsers.re(r"ik de link naar (?P<app>\w+) volg"))
def follow_bosa_link(page: Page, world: World, app: str) -> None:
    BOSA_PAGES[app](page, world).follow_application_link()


@when(parsers.re(r'ik klik op "(?P<label>[^"]+)"'))
def click_control(page: Page, label: str) -> None:
    Controls(page).click(label)


@when(parsers.re(r'ik de taal "(?P<language>[^"]+)" kies'))
def choose_language(page: Page, world: World, language: str) -> None:
    PersoSelfServiceStartPage(page, world).choose_language(language)


@then(
    parsers.re(
        r"is de startpagina van PersoSelfService in het (?P<language>\w+)"
        r' met de titel "(?P<title>[^"]+)"'
    )
)
def start_page_in_language(page: Page, world: World, language: str, title: str) -> None:
    PersoSelfServiceStartPage(page, world).expect_language(language, title)
