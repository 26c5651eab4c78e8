"""UserInfo and RP-initiated logout, and the bearer tokens that protect UserInfo."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from authlib.oauth2.rfc6750 import BearerTokenValidator
from authlib.oidc.core import UserInfoEndpoint
from authlib.oidc.rpinitiated import EndSessionEndpoint, EndSessionRequest

from mock_services.oidc.models import Subject, Token

if TYPE_CHECKING:
    from mock_services.oidc.provider import OpenIDProvider

SessionEnder = Callable[[EndSessionRequest], None]


class WorldBearerTokenValidator(BearerTokenValidator):
    def __init__(self, provider: OpenIDProvider) -> None:
        super().__init__()
        self.provider = provider

    def authenticate_token(self, token_string: str) -> Token | None:
        return self.provider.store().tokens.get(token_string)


class WorldUserInfo(UserInfoEndpoint):
    def __init__(self, provider: OpenIDProvider, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.provider = provider

    def generate_user_info(self, user: Subject, scope: str) -> dict[str, Any]:
        return self.provider.user_claims(user, scope)

    def get_issuer(self) -> str:
        return self.provider.issuer


class WorldEndSession(EndSessionEndpoint):
    """Checks the id_token_hint against the provider's own key, then ends the session."""

    def __init__(self, provider: OpenIDProvider, ender: SessionEnder) -> None:
        super().__init__()
        self.provider = provider
        self.ender = ender

    def get_server_jwks(self) -> dict[str, Any]:
        return self.provider.key.jwks()

    def get_algorithms(self) -> list[str]:
        return ["RS256"]

    def end_session(self, end_session_request: EndSessionRequest) -> None:
        self.ender(end_session_request)
