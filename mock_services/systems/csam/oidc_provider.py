"""CSAM as OpenID Connect provider of the applications.

The id_token vouches for the person (``given_name``, ``family_name``, ``name``,
``national_number``) and for how they logged in: ``acr`` is the eIDAS level of assurance of
the key (see ``csam.digital_keys``), ``amr`` names the key, ``sid`` the CSAM session that
RP-initiated logout ends.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import cast

from authlib.oidc.rpinitiated import EndSessionRequest
from flask import current_app

from mock_services.oidc.claims import person_claims
from mock_services.oidc.endpoints import SessionEnder
from mock_services.oidc.provider import EndpointPaths, OpenIDProvider, ProviderSettings
from mock_services.systems.csam.clients import SCOPES, registered_clients
from mock_services.systems.csam.digital_keys import LOA_HIGH, LOA_SUBSTANTIAL
from mock_services.world import World

EXTENSION = "persopoint.csam.oidc"
SESSIONS_KEY = "csam.sessions"

PATHS = EndpointPaths(
    authorize="/fas/oauth2/authorize",
    token="/fas/oauth2/access_token",
    userinfo="/fas/oauth2/userinfo",
    jwks="/fas/oauth2/connect/jwk_uri",
    end_session="/fas/oauth2/connect/endSession",
)
CLAIMS = (
    "sub",
    "iss",
    "aud",
    "exp",
    "iat",
    "auth_time",
    "nonce",
    "acr",
    "amr",
    "sid",
    "given_name",
    "family_name",
    "name",
    "national_number",
)


@dataclass
class CsamSession:
    """A person's session at CSAM, started by a login and ended by RP-initiated logout."""

    sid: str
    person_id: str
    key: str
    client_id: str
    started: datetime


def csam_sessions(world: World) -> dict[str, CsamSession]:
    sessions: dict[str, CsamSession] = world.state(SESSIONS_KEY, dict)
    return sessions


def _end_session(world: World) -> SessionEnder:
    def end(request: EndSessionRequest) -> None:
        sid = (request.id_token_claims or {}).get("sid")
        if sid:
            csam_sessions(world).pop(sid, None)

    return end


def create_provider(world: World) -> OpenIDProvider:
    return OpenIDProvider(
        world=world,
        settings=ProviderSettings(
            service="csam",
            paths=PATHS,
            scopes=SCOPES,
            claims=CLAIMS,
            acr_values=(LOA_HIGH, LOA_SUBSTANTIAL),
        ),
        clients=lambda: registered_clients(world),
        user_claims=person_claims(
            world,
            "csam",
            national_number_scope="national_number",
            national_number_claim="national_number",
        ),
        end_session=_end_session(world),
    )


def csam_provider() -> OpenIDProvider:
    """The provider of the CSAM app handling the current request."""
    return cast(OpenIDProvider, current_app.extensions[EXTENSION])
