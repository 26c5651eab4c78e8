"""An OpenID Connect provider assembled from Authlib's parts, for one service of the world.

CSAM and itsme each configure one: their clients, the claims they vouch for, the paths of
their endpoints. The provider serves discovery, JWKS, token and userinfo itself; the
authorization endpoint is interactive, so the service drives it with
``validate_authorization`` (check the request, keep its parameters), then ``issue_code`` once
the user has authenticated (or ``deny``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from authlib.integrations.flask_oauth2 import AuthorizationServer, ResourceProtector
from authlib.oauth2.rfc6749 import (
    AccessDeniedError,
    InvalidClientError,
    InvalidRequestError,
    OAuth2Error,
    OAuth2Request,
)
from authlib.oauth2.rfc6749.requests import BasicOAuth2Payload
from authlib.oidc.core.errors import RequestNotSupportedError, RequestURINotSupportedError
from flask import Flask, jsonify
from flask import request as http_request
from werkzeug.wrappers import Response

from mock_services.oidc.endpoints import (
    SessionEnder,
    WorldBearerTokenValidator,
    WorldEndSession,
    WorldUserInfo,
)
from mock_services.oidc.grants import CodeGrant, RequiredS256, WorldOpenIDCode
from mock_services.oidc.keys import ALGORITHM, SigningKey, signing_key
from mock_services.oidc.models import Client, ProviderStore, Subject, Token
from mock_services.oidc.syntax import malformed_parameter, unreadable_basic_credentials
from mock_services.world import World
from mock_services.world.tokens import random_token

DISCOVERY_PATH = "/.well-known/openid-configuration"


@dataclass(frozen=True)
class EndpointPaths:
    authorize: str
    token: str
    userinfo: str
    jwks: str
    end_session: str | None = None


@dataclass(frozen=True)
class ProviderSettings:
    service: str
    paths: EndpointPaths
    scopes: tuple[str, ...]
    claims: tuple[str, ...]
    acr_values: tuple[str, ...]
    code_lifetime: timedelta = timedelta(seconds=60)
    token_lifetime: int = 600
    id_token_lifetime: int = 600
    locales: tuple[str, ...] = ("nl", "fr", "de", "en")


@dataclass(frozen=True)
class AuthorizationRequest:
    """A validated authorization request: its parameters and its client."""

    params: dict[str, str]
    client: Client


class InvalidAuthorizationRequest(Exception):
    """An authorization request that cannot be sent back to its client (unknown client,
    redirect URI not registered): the provider shows its own error page."""

    def __init__(self, error: OAuth2Error) -> None:
        super().__init__(error.description or error.error)
        self.error = error


class AuthorizationErrorRedirect(Exception):
    """An authorization request with a trusted redirect URI but another error: the error goes
    back to the client as ``?error=…&state=…``."""

    def __init__(self, response: Response) -> None:
        super().__init__("authorization error sent back to the client")
        self.response = response


UNSUPPORTED_PARAMETERS: dict[str, type[OAuth2Error]] = {
    "request": RequestNotSupportedError,
    "request_uri": RequestURINotSupportedError,
}
"""Request objects (OpenID Connect Core 6.1, 6.2), which the discovery document says the
provider does not take: refused, never ignored."""

ClaimsFactory = Callable[[Subject, str], dict[str, Any]]
ClientsFactory = Callable[[], Mapping[str, Client]]


class _Server(AuthorizationServer):
    provider: OpenIDProvider


@dataclass
class OpenIDProvider:
    world: World
    settings: ProviderSettings
    clients: ClientsFactory
    """The registered clients, computed on each request (their URIs follow ``world.urls``)."""
    user_claims: ClaimsFactory
    """The identity claims about a subject for a scope (id_token and userinfo)."""
    end_session: SessionEnder | None = None
    server: _Server = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.server = self._build_server()

    # -- world-facing helpers ---------------------------------------------------------

    @property
    def issuer(self) -> str:
        return self.world.urls[self.settings.service]

    @property
    def key(self) -> SigningKey:
        return signing_key(self.settings.service)

    def url(self, path: str) -> str:
        return self.issuer + path

    def now(self) -> datetime:
        return self.world.clock.now()

    def store(self) -> ProviderStore:
        return self.world.state(f"{self.settings.service}.oidc", ProviderStore)

    def random_token(self, kind: str, length: int = 40) -> str:
        return random_token(self.world, f"{self.settings.service}.oidc.{kind}", length)

    # -- Authlib server ---------------------------------------------------------------

    def _build_server(self) -> _Server:
        server = _Server(query_client=self._query_client, save_token=self._save_token)
        server.provider = self
        server.register_token_generator("default", self._generate_token)
        server.register_grant(CodeGrant, [RequiredS256(required=True), WorldOpenIDCode(self)])
        protector = ResourceProtector()
        protector.register_token_validator(WorldBearerTokenValidator(self))
        server.register_endpoint(WorldUserInfo(self, resource_protector=protector))
        if self.end_session is not None:
            server.register_endpoint(WorldEndSession(self, self.end_session))
        return server

    def _query_client(self, client_id: str) -> Client | None:
        return self.clients().get(client_id)

    def _generate_token(
        self,
        *,
        grant_type: str,
        client: Client,
        user: Subject | None = None,
        scope: str | None = None,
        expires_in: int | None = None,
        include_refresh_token: bool = True,
    ) -> dict[str, Any]:
        return {
            "token_type": "Bearer",
            "access_token": self.random_token("access-token"),
            "expires_in": self.settings.token_lifetime,
            "scope": scope or "",
        }

    def _save_token(self, token: dict[str, Any], request: OAuth2Request) -> None:
        self.store().tokens[token["access_token"]] = Token(
            access_token=token["access_token"],
            client=request.client,
            subject=request.user,
            scope=token["scope"],
            issued_at=self.now(),
            expires_in=token["expires_in"],
            code=request.authorization_code.code,
            clock=self.world.clock,
        )

    # -- the authorization endpoint, driven by the service ----------------------------

    def validate_authorization(self) -> AuthorizationRequest:
        """Check the current Flask request as an authorization request.

        Errors go back to the client once its redirect URI is trusted, a request object
        (``request``, ``request_uri``) first among them; before that, the provider shows
        its own page (``InvalidAuthorizationRequest``).
        """
        malformed = malformed_parameter(http_request.values)
        if malformed is not None:
            raise InvalidAuthorizationRequest(
                InvalidRequestError(f"The '{malformed}' parameter is malformed.")
            )
        try:
            grant = self.server.get_consent_grant(end_user=None)
        except OAuth2Error as error:
            if error.redirect_uri:
                refused = self._unsupported_parameter(error.redirect_uri, error.state) or error
                raise AuthorizationErrorRedirect(self._error_response(refused)) from error
            raise InvalidAuthorizationRequest(error) from error
        refused = self._unsupported_parameter(grant.redirect_uri, grant.request.payload.state)
        if refused is not None:
            raise AuthorizationErrorRedirect(self._error_response(refused))
        params = {key: values[0] for key, values in grant.request.payload.datalist.items()}
        return AuthorizationRequest(params=params, client=grant.request.client)

    @staticmethod
    def _unsupported_parameter(redirect_uri: str, state: str | None) -> OAuth2Error | None:
        for name, error in UNSUPPORTED_PARAMETERS.items():
            if name in http_request.values:
                return error(redirect_uri=redirect_uri, state=state)
        return None

    def _error_response(self, error: OAuth2Error) -> Response:
        response: Response = self.server.handle_error_response(None, error)
        return response

    def _replayed(self, params: Mapping[str, str]) -> OAuth2Request:
        request = OAuth2Request("GET", self.url(self.settings.paths.authorize))
        request.payload = BasicOAuth2Payload(dict(params))
        return request

    def issue_code(self, params: Mapping[str, str], subject: Subject) -> Response:
        """Redirect back to the client with a code for ``subject``."""
        request = self._replayed(params)
        grant = self.server.get_authorization_grant(request)
        response: Response = self.server.create_authorization_response(
            request, grant_user=subject, grant=grant
        )
        return response

    def deny(self, params: Mapping[str, str], description: str) -> Response:
        """Redirect back to the client with ``error=access_denied``."""
        request = self._replayed(params)
        grant = self.server.get_authorization_grant(request)
        redirect_uri = grant.validate_authorization_request()
        error = AccessDeniedError(
            description=description, redirect_uri=redirect_uri, state=params.get("state")
        )
        response: Response = self.server.handle_error_response(request, error)
        return response

    # -- the machine endpoints ---------------------------------------------------------

    def metadata(self) -> dict[str, Any]:
        """The discovery document (OpenID Connect Discovery 1.0)."""
        paths = self.settings.paths
        document: dict[str, Any] = {
            "issuer": self.issuer,
            "authorization_endpoint": self.url(paths.authorize),
            "token_endpoint": self.url(paths.token),
            "userinfo_endpoint": self.url(paths.userinfo),
            "jwks_uri": self.url(paths.jwks),
            "response_types_supported": ["code"],
            "response_modes_supported": ["query"],
            "grant_types_supported": ["authorization_code"],
            "subject_types_supported": ["public"],
            "id_token_signing_alg_values_supported": [ALGORITHM],
            "token_endpoint_auth_methods_supported": CodeGrant.TOKEN_ENDPOINT_AUTH_METHODS,
            "code_challenge_methods_supported": ["S256"],
            "scopes_supported": list(self.settings.scopes),
            "claims_supported": list(self.settings.claims),
            "acr_values_supported": list(self.settings.acr_values),
            "ui_locales_supported": list(self.settings.locales),
            "claims_parameter_supported": False,
            "request_parameter_supported": False,
            "request_uri_parameter_supported": False,
        }
        if paths.end_session:
            document["end_session_endpoint"] = self.url(paths.end_session)
        return document

    def register_routes(self, app: Flask) -> None:
        paths = self.settings.paths

        @app.get(DISCOVERY_PATH)
        def openid_configuration() -> Response:
            return jsonify(self.metadata())

        @app.get(paths.jwks)
        def jwks() -> Response:
            return jsonify(self.key.jwks())

        @app.post(paths.token)
        def token() -> Response:
            if unreadable_basic_credentials(http_request.headers.get("Authorization")):
                return self._error_response(
                    InvalidClientError(
                        status_code=401,
                        description="The Basic credentials are not base64 of UTF-8 text.",
                    )
                )
            response: Response = self.server.create_token_response()
            return response

        @app.route(paths.userinfo, methods=["GET", "POST"])
        def userinfo() -> Response:
            response: Response = self.server.create_endpoint_response("userinfo")
            return response
