"""itsme as OpenID Connect provider; CSAM is its (only) client.

The id_token carries the person's name and, for the ``eid`` scope, the Belgian national
number under itsme's own claim name; ``acr`` is ``acr_advanced`` (confirmed in the app).
"""

from __future__ import annotations

import hashlib
import hmac
from typing import Any

from mock_services.oidc.models import Client, Subject
from mock_services.oidc.provider import EndpointPaths, OpenIDProvider, ProviderSettings
from mock_services.oidc.secrets import client_secret
from mock_services.systems.itsme.contract import ACR_ADVANCED, ACR_BASIC, NATIONAL_NUMBER_CLAIM
from mock_services.world import World

PATHS = EndpointPaths(
    authorize="/v2/authorization",
    token="/v2/token",
    userinfo="/v2/userinfo",
    jwks="/v2/jwkSet",
)
SCOPES = ("openid", "profile", "eid")
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
    "given_name",
    "family_name",
    "name",
    NATIONAL_NUMBER_CLAIM,
)
CSAM_CALLBACK_PATH = "/fas/itsme/callback"
"""Where CSAM registered to receive itsme's answers."""


def _clients(world: World) -> dict[str, Client]:
    if "csam" not in world.urls:
        return {}
    return {
        "csam": Client(
            client_id="csam",
            client_secret=client_secret(world, "itsme", "csam"),
            name="CSAM",
            redirect_uris=(world.url("csam", CSAM_CALLBACK_PATH),),
            auth_method="client_secret_basic",
            scopes=SCOPES,
        )
    }


def _claims(world: World) -> Any:
    def claims(subject: Subject, scope: str) -> dict[str, Any]:
        person = subject.person
        scopes = scope.split()
        key = world.secret("itsme:subject")
        sub = hmac.new(key, person.national_number.encode(), hashlib.sha256).hexdigest()[:32]
        found: dict[str, Any] = {"sub": sub}
        if "profile" in scopes:
            found |= {
                "given_name": person.given_names,
                "family_name": person.surname,
                "name": person.full_name,
            }
        if "eid" in scopes:
            found[NATIONAL_NUMBER_CLAIM] = person.national_number
        return found

    return claims


def create_provider(world: World) -> OpenIDProvider:
    return OpenIDProvider(
        world=world,
        settings=ProviderSettings(
            service="itsme",
            paths=PATHS,
            scopes=SCOPES,
            claims=CLAIMS,
            acr_values=(ACR_BASIC, ACR_ADVANCED),
        ),
        clients=lambda: _clients(world),
        user_claims=_claims(world),
    )
