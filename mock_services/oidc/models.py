"""What a provider keeps: registered clients, authorization codes and access tokens.

The classes implement Authlib's model mixins. Codes and tokens live in a ``ProviderStore``
that the provider fetches from ``world.state`` on every request, so a reset forgets them.
"""

from __future__ import annotations

import hmac
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from authlib.oauth2.rfc6749 import ClientMixin, TokenMixin
from authlib.oidc.core import AuthorizationCodeMixin

from mock_services.world.clock import WorldClock
from mock_services.world.people import Person


@dataclass(frozen=True)
class Client(ClientMixin):
    """A relying party registered at a provider, with exact redirect URIs."""

    client_id: str
    client_secret: str
    name: str
    """Display name, shown to the user (``PersoSelfService``)."""
    redirect_uris: tuple[str, ...]
    post_logout_redirect_uris: tuple[str, ...] = ()
    auth_method: str = "client_secret_basic"
    scopes: tuple[str, ...] = ("openid", "profile")

    @property
    def client_metadata(self) -> dict[str, Any]:
        return {"post_logout_redirect_uris": list(self.post_logout_redirect_uris)}

    def get_client_id(self) -> str:
        return self.client_id

    def get_default_redirect_uri(self) -> str | None:
        """None: every authorization request must name its redirect URI."""
        return None

    def get_allowed_scope(self, scope: str | None) -> str:
        if not scope:
            return ""
        return " ".join(s for s in scope.split() if s in self.scopes)

    def check_redirect_uri(self, redirect_uri: str) -> bool:
        return redirect_uri in self.redirect_uris

    def check_client_secret(self, client_secret: str) -> bool:
        return hmac.compare_digest(client_secret.encode(), self.client_secret.encode())

    def check_endpoint_auth_method(self, method: str, endpoint: str) -> bool:
        return method == self.auth_method

    def check_response_type(self, response_type: str) -> bool:
        return response_type == "code"

    def check_grant_type(self, grant_type: str) -> bool:
        return grant_type == "authorization_code"


@dataclass(frozen=True)
class Subject:
    """Who authenticated, how and when: what a provider vouches for in its tokens."""

    person: Person
    acr: str
    amr: tuple[str, ...]
    auth_time: int
    sid: str = ""


@dataclass
class AuthorizationCode(AuthorizationCodeMixin):
    code: str
    client_id: str
    redirect_uri: str
    scope: str
    nonce: str
    code_challenge: str
    code_challenge_method: str
    subject: Subject
    expires_at: datetime

    def get_redirect_uri(self) -> str:
        return self.redirect_uri

    def get_scope(self) -> str:
        return self.scope

    def get_nonce(self) -> str:
        return self.nonce

    def get_auth_time(self) -> int:
        return self.subject.auth_time

    def get_acr(self) -> str:
        return self.subject.acr

    def get_amr(self) -> list[str]:
        return list(self.subject.amr)


@dataclass
class Token(TokenMixin):
    access_token: str
    client: Client
    subject: Subject
    scope: str
    issued_at: datetime
    expires_in: int
    code: str
    clock: WorldClock = field(repr=False)
    revoked: bool = False

    def check_client(self, client: Client) -> bool:
        return client.client_id == self.client.client_id

    def get_scope(self) -> str:
        return self.scope

    def get_expires_in(self) -> int:
        return self.expires_in

    def is_expired(self) -> bool:
        """Expired on the world's clock, not the system's."""
        return (self.clock.now() - self.issued_at).total_seconds() >= self.expires_in

    def is_revoked(self) -> bool:
        return self.revoked

    def get_user(self) -> Subject:
        return self.subject

    def get_client(self) -> Client:
        return self.client


@dataclass
class ProviderStore:
    """A provider's codes and tokens, kept in ``world.state``."""

    codes: dict[str, AuthorizationCode] = field(default_factory=dict)
    used_codes: set[str] = field(default_factory=set)
    tokens: dict[str, Token] = field(default_factory=dict)

    def revoke_tokens_of_code(self, code: str) -> None:
        """RFC 6749 §4.1.2: a replayed code revokes what it was exchanged for."""
        for token in self.tokens.values():
            if token.code == code:
                token.revoked = True
