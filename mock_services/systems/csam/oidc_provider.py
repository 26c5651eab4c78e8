"""CSAM as OpenID Connect provider of the applications.

The id_token vouches for the person (``given_name``, ``family_name``, ``name``,
``national_number``) and for how they logged in: ``acr`` is the eIDAS level of assurance of
the key (see ``csam.keys``), ``amr`` names the key, ``sid`` the CSAM session that
RP-initiated logout ends.
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from authlib.oidc.rpinitiated import EndSessionRequest
from flask import current_app

from mock_services.oidc.models import Subject
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


def subject_id(world: World, national_number: str) -> str:
    """A stable, opaque ``sub``: CSAM does not hand out the national number as identifier."""
    return hmac.new(
        world.secret("csam:subject"), national_number.encode(), hashlib.sha256
    ).hexdigest()[:32]


def _claims(world: World) -> Any:
    def claims(subject: Subject, scope: str) -> dict[str, Any]:
        person = subject.person
        scopes = scope.split()
        found: dict[str, Any] = {"sub": subject_id(world, person.national_number)}
        if "profile" in scopes:
            found |= {
                "given_name": person.given_names,
                "family_name": person.surname,
                "name": person.full_name,
            }
        if "national_number" in scopes:
            found["national_number"] = person.national_number
        return found

    return claims


def _end_session(world: World) -> Any:
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
        user_claims=_claims(world),
        end_session=_end_session(world),
    )


def csam_provider() -> OpenIDProvider:
    """The provider of the CSAM app handling the current request."""
    return cast(OpenIDProvider, current_app.extensions[EXTENSION])
