"""Every screen a feature can name, by the name the features use."""

from __future__ import annotations

from playwright.sync_api import Page

from mock_services.world import World
from steps.pages.base import Screen
from steps.pages.bosa import BosaPersoContactPage, BosaPersoSelfServicePage
from steps.pages.csam import CsamKeyChoicePage, CsamMaintenancePage
from steps.pages.notices import PersoContactCsamUnreachable, PersoSelfServiceCsamUnreachable
from steps.pages.persocontact import PersoContactStartPage
from steps.pages.persoselfservice import PersoSelfServiceStartPage

SCREENS: dict[str, type[Screen]] = {
    "BOSA-pagina over PersoSelfService": BosaPersoSelfServicePage,
    "BOSA-pagina over PersoContact": BosaPersoContactPage,
    "startpagina van PersoSelfService": PersoSelfServiceStartPage,
    "startpagina van PersoContact": PersoContactStartPage,
    "sleutelkeuze van CSAM": CsamKeyChoicePage,
    "onderhoudsbericht van CSAM": CsamMaintenancePage,
    "melding van PersoSelfService dat CSAM onbereikbaar is": PersoSelfServiceCsamUnreachable,
    "melding van PersoContact dat CSAM onbereikbaar is": PersoContactCsamUnreachable,
}


class UnknownScreenError(LookupError):
    def __init__(self, name: str) -> None:
        known = "\n  ".join(sorted(SCREENS))
        super().__init__(f"no screen named {name!r}; the features know:\n  {known}")


def screen(name: str, page: Page, world: World) -> Screen:
    try:
        return SCREENS[name](page, world)
    except KeyError:
        raise UnknownScreenError(name) from None
