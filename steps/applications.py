"""The applications once CSAM has answered: who is logged in."""

from __future__ import annotations

from playwright.sync_api import Page
from pytest_bdd import parsers, then

from mock_services.world import World
from steps.pages.applications import SIGNED_IN_HOMES, SignedInHome


@then(
    parsers.re(r'ben ik aangemeld op (?P<home>\w+) als "(?P<name>[^"]+)"'),
    converters={"home": SIGNED_IN_HOMES},
)
def signed_in_as(page: Page, world: World, home: type[SignedInHome], name: str) -> None:
    shown = home(page, world)
    shown.verify()
    shown.expect_signed_in_as(name)
