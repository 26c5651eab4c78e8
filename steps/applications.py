"""The applications once CSAM has answered: who is logged in."""

from __future__ import annotations

from playwright.sync_api import Page
from pytest_bdd import parsers, then

from mock_services.world import World
from steps.pages.applications import PersoContactHome, PersoSelfServiceHome, SignedInHome

HOMES: dict[str, type[SignedInHome]] = {
    "PersoSelfService": PersoSelfServiceHome,
    "PersoContact": PersoContactHome,
}


@then(parsers.re(r'ben ik aangemeld op (?P<app>\w+) als "(?P<name>[^"]+)"'))
def signed_in_as(page: Page, world: World, app: str, name: str) -> None:
    home = HOMES[app](page, world)
    home.verify()
    home.expect_signed_in_as(name)
