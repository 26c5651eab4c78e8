"""The authorization code grant and its extensions, on the world's clock.

Authlib reads ``time.time()`` for id_token timestamps; these subclasses take every instant
from the provider's world clock instead, so that a test can let a code expire by moving the
world's clock, and id_tokens carry the world's instants.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from authlib.oauth2.rfc6749 import InvalidRequestError, OAuth2Request, grants
from authlib.oauth2.rfc7636 import CodeChallenge
from authlib.oidc.core import OpenIDCode
from joserfc.jwk import RSAKey

from mock_services.oidc.keys import ALGORITHM
from mock_services.oidc.models import AuthorizationCode, Client, Subject

if TYPE_CHECKING:
    from mock_services.oidc.provider import OpenIDProvider


class CodeGrant(grants.AuthorizationCodeGrant):
    """Authorization code grant with single-use, short-lived codes and a required ``state``."""

    TOKEN_ENDPOINT_AUTH_METHODS: ClassVar[list[str]] = ["client_secret_basic", "client_secret_post"]

    @property
    def provider(self) -> OpenIDProvider:
        provider: OpenIDProvider = self.server.provider
        return provider

    def validate_authorization_request(self) -> str:
        redirect_uri: str = super().validate_authorization_request()
        if not self.request.payload.state:
            raise InvalidRequestError("Missing 'state' parameter.", redirect_uri=redirect_uri)
        return redirect_uri

    def generate_authorization_code(self) -> str:
        return self.provider.random_token("code")

    def save_authorization_code(self, code: str, request: OAuth2Request) -> None:
        data = request.payload.data
        subject: Subject = request.user
        self.provider.store().codes[code] = AuthorizationCode(
            code=code,
            client_id=request.client.client_id,
            redirect_uri=request.payload.redirect_uri,
            scope=request.scope,
            nonce=data.get("nonce", ""),
            code_challenge=data.get("code_challenge", ""),
            code_challenge_method=data.get("code_challenge_method", ""),
            subject=subject,
            expires_at=self.provider.now() + self.provider.settings.code_lifetime,
        )

    def query_authorization_code(self, code: str, client: Client) -> AuthorizationCode | None:
        store = self.provider.store()
        if code in store.used_codes:
            store.revoke_tokens_of_code(code)
            return None
        found = store.codes.get(code)
        if found is None or found.client_id != client.client_id:
            return None
        if self.provider.now() >= found.expires_at:
            del store.codes[code]
            return None
        return found

    def delete_authorization_code(self, authorization_code: AuthorizationCode) -> None:
        store = self.provider.store()
        store.codes.pop(authorization_code.code, None)
        store.used_codes.add(authorization_code.code)

    def authenticate_user(self, authorization_code: AuthorizationCode) -> Subject:
        return authorization_code.subject


class RequiredS256(CodeChallenge):
    """PKCE is required of every client, and only with S256: ``plain`` is refused."""

    DEFAULT_CODE_CHALLENGE_METHOD = "S256"
    SUPPORTED_CODE_CHALLENGE_METHOD: ClassVar[list[str]] = ["S256"]

    def validate_code_challenge(self, grant: CodeGrant, redirect_uri: str) -> None:
        data = grant.request.payload.data
        if not data.get("code_challenge"):
            raise InvalidRequestError("PKCE is required: missing 'code_challenge'.")
        if data.get("code_challenge_method") != "S256":
            raise InvalidRequestError("'code_challenge_method' must be S256.")
        super().validate_code_challenge(grant, redirect_uri)


class WorldOpenIDCode(OpenIDCode):
    """id_tokens signed with the provider's key, timed by the world's clock."""

    def __init__(self, provider: OpenIDProvider) -> None:
        super().__init__(require_nonce=True)
        self.provider = provider

    def exists_nonce(self, nonce: str, request: OAuth2Request) -> bool:
        client_id = request.payload.client_id
        return any(
            code.nonce == nonce and code.client_id == client_id
            for code in self.provider.store().codes.values()
        )

    def resolve_client_private_key(self, client: Client) -> RSAKey:
        return self.provider.key.private

    def get_client_algorithm(self, client: Client) -> str:
        return ALGORITHM

    def get_encode_header(self, client: Client) -> dict[str, str]:
        return {"alg": ALGORITHM, "kid": self.provider.key.kid, "typ": "JWT"}

    def get_client_claims(self, client: Client) -> dict[str, Any]:
        now = int(self.provider.now().timestamp())
        return {
            "iss": self.provider.issuer,
            "aud": client.client_id,
            "iat": now,
            "exp": now + self.provider.settings.id_token_lifetime,
        }

    def get_authorization_code_claims(self, authorization_code: AuthorizationCode) -> Any:
        claims = super().get_authorization_code_claims(authorization_code)
        if authorization_code.subject.sid:
            claims["sid"] = authorization_code.subject.sid
        return claims

    def generate_user_info(self, user: Subject, scope: str) -> dict[str, Any]:
        return self.provider.user_claims(user, scope)
