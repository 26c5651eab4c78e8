"""What itsme's relying parties rely on: its acr values, claim names and extra parameters.

The names follow itsme's real OpenID Connect interface where it has one.
"""

from __future__ import annotations

ACR_BASIC = "http://itsme.services/V2/claim/acr_basic"
ACR_ADVANCED = "http://itsme.services/V2/claim/acr_advanced"
"""Confirmed in the app with the itsme code or a fingerprint: what CSAM asks for."""
NATIONAL_NUMBER_CLAIM = "http://itsme.services/v2/claim/BENationalNumber"
ON_BEHALF_OF = "on_behalf_of"
"""Extension parameter: the application the client (CSAM) logs the user in to, so the app
can say "PersoSelfService via CSAM wil je identificeren"."""
SCOPE = "openid profile eid"
"""``eid`` releases the national number."""
