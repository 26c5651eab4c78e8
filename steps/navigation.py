"""Getting around: opening the applications, following links, choosing the language."""

from __future__ import annotations

from playwright.sync_api import Page
from pytest_bdd import given, parsers, then, when

from fixtures.eid_reader import starts_with_the_card
from mock_services.world import World
from steps.pages.base import START_PAGES, Controls, StartPage
from steps.pages.bosa import BOSA_PAGES, BosaApplicationPage
from steps.pages.persoselfservice import PersoSelfServiceStartPage


@given(
    parsers.re(r"ik open de pagina over (?P<about>\w+) op de site van de FOD BOSA"),
    converters={"about": BOSA_PAGES},
)
def open_bosa_page(page: Page, world: World, about: type[BosaApplicationPage]) -> None:
    about(page, world).open()


@given(parsers.re(r"ik surf rechtstreeks naar (?P<app>\w+)"), converters={"app": START_PAGES})
@when(parsers.re(r"ik daarna naar (?P<app>\w+) surf"), converters={"app": START_PAGES})
@starts_with_the_card  # an application's start page does not involve the card reader
def open_application_directly(page: Page, world: World, app: type[StartPage]) -> None:
    app(page, world).open()


@when(parsers.re(r"ik de link naar (?P<about>\w+) volg"), converters={"about": BOSA_PAGES})
def follow_bosa_link(page: Page, world: World, about: type[BosaApplicationPage]) -> None:
    about(page, world).follow_application_link()


@when(parsers.re(r'ik klik op "(?P<label>[^"]+)"'))
def click_control(page: Page, world: World, label: str) -> None:
    Controls(page, world).click_quoted(label)


@when(parsers.re(r'ik de taal "(?P<language>[^"]+)" kies'))
def choose_language(page: Page, world: World, language: str) -> None:
    PersoSelfServiceStartPage(page, world).choose_language(language)


@when("ik mijn taal kies")
def choose_own_language(page: Page, world: World) -> None:
    PersoSelfServiceStartPage(page, world).choose_own_language()


@then(
    parsers.re(
        r"is de startpagina van PersoSelfService in het (?P<language>\w+)"
        r' met de titel "(?P<title>[^"]+)"'
    )
)
def start_page_in_language(page: Page, world: World, language: str, title: str) -> None:
    PersoSelfServiceStartPage(page, world).expect_language(language, title)
