"""PersoSelfService's inactivity timeout: the warning, and extending the session with OK."""

from __future__ import annotations

from playwright.sync_api import Page
from pytest_bdd import then, when

from mock_services.world import World
from steps.pages.session_timeout import InactivityWarning


@then("zie ik geen waarschuwing dat mijn sessie verloopt")
def no_warning(page: Page, world: World) -> None:
    InactivityWarning(page, world).expect_absent()


@when('ik in de waarschuwing op "OK" klik')
def extend_session(page: Page, world: World) -> None:
    InactivityWarning(page, world).confirm()


@when("ik de pagina vernieuw")
def reload_page(page: Page) -> None:
    page.reload()
