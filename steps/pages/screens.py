"""Every screen a feature can name, by the name the features use."""

from __future__ import annotations

from playwright.sync_api import Page

from mock_services.world import World
from steps.pages.applications import (
    PersoContactHome,
    PersoContactLoggedOut,
    PersoContactNoAccess,
    PersoSelfServiceHome,
    PersoSelfServiceLoggedOut,
    PersoSelfServiceNoAccess,
)
from steps.pages.base import Screen
from steps.pages.bosa import BosaPersoContactPage, BosaPersoSelfServicePage
from steps.pages.csam import (
    CsamItsmeFailed,
    CsamItsmeUnavailable,
    CsamKeyChoicePage,
    CsamMaintenancePage,
)
from steps.pages.eid import CsamEidFailed, CsamEidStartPage, EidCertificateDialog, EidPinDialog
from steps.pages.itsme import (
    ItsmeBlocked,
    ItsmeExpired,
    ItsmeInvalidNumber,
    ItsmePhoneNumberPage,
    ItsmeRefused,
    ItsmeUnknownNumber,
    ItsmeWaitingPage,
)
from steps.pages.itsme_app import (
    ItsmeAppApproved,
    ItsmeAppBlocked,
    ItsmeAppConfirm,
    ItsmeAppFingerprint,
    ItsmeAppHome,
    ItsmeAppRefused,
    ItsmeAppRequest,
    ItsmeAppWrongCode,
)
from steps.pages.notices import PersoContactCsamUnreachable, PersoSelfServiceCsamUnreachable
from steps.pages.persocontact import PersoContactStartPage
from steps.pages.persoselfservice import PersoSelfServicePayslips, PersoSelfServiceStartPage
from steps.pages.session_timeout import (
    InactivityWarning,
    InactivityWarningProblem,
    SessionExpiredPage,
)

SCREENS: dict[str, type[Screen]] = {
    "BOSA-pagina over PersoSelfService": BosaPersoSelfServicePage,
    "BOSA-pagina over PersoContact": BosaPersoContactPage,
    "startpagina van PersoSelfService": PersoSelfServiceStartPage,
    "startpagina van PersoContact": PersoContactStartPage,
    "sleutelkeuze van CSAM": CsamKeyChoicePage,
    "onderhoudsbericht van CSAM": CsamMaintenancePage,
    "melding van PersoSelfService dat CSAM onbereikbaar is": PersoSelfServiceCsamUnreachable,
    "melding van PersoContact dat CSAM onbereikbaar is": PersoContactCsamUnreachable,
    # logged in, or not, in the applications
    "startpagina van PersoSelfService na aanmelding": PersoSelfServiceHome,
    "startpagina van PersoContact na aanmelding": PersoContactHome,
    "melding van PersoSelfService dat ik geen toegang heb": PersoSelfServiceNoAccess,
    "melding van PersoContact dat ik geen toegang heb": PersoContactNoAccess,
    "afmeldpagina van PersoSelfService": PersoSelfServiceLoggedOut,
    "afmeldpagina van PersoContact": PersoContactLoggedOut,
    "pagina Loonbrieven van PersoSelfService": PersoSelfServicePayslips,
    # the inactivity timeout of PersoSelfService
    "waarschuwing van PersoSelfService dat de sessie verloopt": InactivityWarning,
    "melding van PersoSelfService dat de sessie verlopen is": SessionExpiredPage,
    "waarschuwing van PersoSelfService dat de sessie niet verlengd werd": InactivityWarningProblem,
    # itsme on the computer, and what CSAM says about it
    "gsm-nummer bij itsme": ItsmePhoneNumberPage,
    "melding van itsme dat het gsm-nummer ongeldig is": ItsmeInvalidNumber,
    "melding van itsme dat het gsm-nummer onbekend is": ItsmeUnknownNumber,
    "wachtpagina van itsme": ItsmeWaitingPage,
    "melding van itsme dat de aanvraag geweigerd is": ItsmeRefused,
    "melding van itsme dat de aanvraag verlopen is": ItsmeExpired,
    "melding van itsme dat het account geblokkeerd is": ItsmeBlocked,
    "melding van CSAM dat itsme niet beschikbaar is": CsamItsmeUnavailable,
    "melding van CSAM dat aanmelden via itsme niet lukte": CsamItsmeFailed,
    # the itsme app on the smartphone
    "itsme-app zonder aanvragen": ItsmeAppHome,
    "aanvraag in de itsme-app": ItsmeAppRequest,
    "bevestiging met itsme-code": ItsmeAppConfirm,
    "bevestiging met vingerafdruk": ItsmeAppFingerprint,
    "foute itsme-code in de itsme-app": ItsmeAppWrongCode,
    "bevestigd in de itsme-app": ItsmeAppApproved,
    "geweigerd in de itsme-app": ItsmeAppRefused,
    "geblokkeerd in de itsme-app": ItsmeAppBlocked,
    "eID-aanmelding van CSAM": CsamEidStartPage,
    "certificaatkeuze van de eID-software": EidCertificateDialog,
    "PIN-venster van de eID-software": EidPinDialog,
    "melding van CSAM over de eID-aanmelding": CsamEidFailed,
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
