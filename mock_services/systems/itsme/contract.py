"""What itsme's relying parties rely on: its acr values, claim names and extra parameters,
and the registration of its client CSAM.

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

# CSAM's registration at itsme, agreed out of band as for any client. itsme accepts only this
# redirect URI for it (CSAM's itsme key login serves it) and this token endpoint auth method.
CSAM_CLIENT_ID = "csam"
CSAM_REDIRECT_PATH = "/fas/itsme/callback"
CSAM_AUTH_METHOD = "client_secret_basic"

# Where "Je itsme-account aanmaken" leads: itsme's self-enrolment site, an origin of its own.
SELF_ENROLMENT_SERVICE = "itsme_enrolment"
SELF_ENROLMENT_PATH = "/self-enroll"
