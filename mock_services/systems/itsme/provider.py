"""itsme as OpenID Connect provider; CSAM is its (only) client.

The id_token carries the person's name and, for the ``eid`` scope, the Belgian national
number under itsme's own claim name; ``acr`` is ``acr_advanced`` (confirmed in the app).
"""

from __future__ import annotations

from mock_services.oidc.claims import person_claims
from mock_services.oidc.models import Client
from mock_services.oidc.provider import EndpointPaths, OpenIDProvider, ProviderSettings
from mock_services.oidc.secrets import client_secret
from mock_services.systems.itsme.contract import (
    ACR_ADVANCED,
    ACR_BASIC,
    CSAM_AUTH_METHOD,
    CSAM_CLIENT_ID,
    CSAM_REDIRECT_PATH,
    NATIONAL_NUMBER_CLAIM,
)
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


def _clients(world: World) -> dict[str, Client]:
    if "csam" not in world.urls:
        return {}
    return {
        CSAM_CLIENT_ID: Client(
            client_id=CSAM_CLIENT_ID,
            client_secret=client_secret(world, "itsme", CSAM_CLIENT_ID),
            name="CSAM",
            redirect_uris=(world.url("csam", CSAM_REDIRECT_PATH),),
            auth_method=CSAM_AUTH_METHOD,
            scopes=SCOPES,
        )
    }


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
        user_claims=person_claims(
            world, "itsme", national_number_scope="eid", national_number_claim=NATIONAL_NUMBER_CLAIM
        ),
    )
