"""The client side of OpenID Connect: Authlib's Flask client, on the world's clock.

A ``RelyingParty`` is built for each request (services cache nothing): it fetches the
provider's discovery document when a login starts, so an unreachable provider is noticed at
once, and validates the id_token (signature from the JWKS, ``iss``, ``aud``, ``nonce``,
``exp``) against the world's clock. State, nonce and code verifier are unpredictable
(``random_token``): a login CSRF would need them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import requests
from authlib.common.errors import AuthlibBaseError
from authlib.integrations.flask_client import FlaskIntegration, FlaskOAuth2App
from authlib.oidc.core import CodeIDToken
from flask.sessions import SessionMixin
from joserfc.errors import JoseError
from werkzeug.wrappers import Response

from mock_services.oidc.provider import DISCOVERY_PATH
from mock_services.world import World
from mock_services.world.clock import WorldClock
from mock_services.world.tokens import random_token

PROVIDER_TIMEOUT_SECONDS = 2.0
"""How long a relying party waits for its provider before giving up."""
ID_TOKEN_LEEWAY_SECONDS = 60


@dataclass(frozen=True)
class Registration:
    """How a relying party is registered at its provider."""

    rp_service: str
    provider: str
    client_id: str
    client_secret: str
    scope: str
    auth_method: str
    redirect_path: str


@dataclass(frozen=True)
class StartedLogin:
    response: Response
    """The redirect to the provider's authorization endpoint."""
    state: str


@dataclass(frozen=True)
class SignedIn:
    claims: dict[str, Any]
    id_token: str


class ProviderUnreachableError(Exception):
    """The provider's discovery document could not be fetched."""


class LoginFailedError(Exception):
    """The provider's answer does not log anyone in: an error, a bad state, a bad token."""

    def __init__(self, error: str, description: str = "") -> None:
        super().__init__(f"{error}: {description}" if description else error)
        self.error = error
        self.description = description


class WorldFlaskIntegration(FlaskIntegration):
    """Keeps the login's state in the Flask session with an expiry on the world's clock.

    Only the latest ``MAX_PENDING_LOGINS`` logins are kept: each one started and not finished
    (the person clicked "Aanmelden" again) would otherwise stay for half an hour, and some twenty
    of them made the session cookie larger than the 4 KB a browser keeps, which lost the login.
    """

    expires_in = 1800
    MAX_PENDING_LOGINS = 5

    def __init__(self, name: str, clock: WorldClock) -> None:
        super().__init__(name)
        self.clock = clock

    def _key(self, state: str | None) -> str:
        return f"{self._prefix}{state}"

    def set_state_data(self, session: SessionMixin, state: str, data: dict[str, Any]) -> None:
        self._clear_session_state(session)
        pending = sorted(
            (key for key in session if key.startswith(self._prefix)),
            key=lambda key: session[key].get("exp", 0),
        )
        while len(pending) >= self.MAX_PENDING_LOGINS:
            session.pop(pending.pop(0))
        session[self._key(state)] = {"data": data, "exp": self.clock.timestamp() + self.expires_in}

    def get_state_data(self, session: SessionMixin, state: str | None) -> Any:
        value = session.get(self._key(state))
        if not value or value.get("exp", 0) < self.clock.timestamp():
            return None
        return value.get("data")

    @property
    def _prefix(self) -> str:
        return f"_state_{self.name}_"

    def _clear_session_state(self, session: SessionMixin) -> None:
        now = self.clock.timestamp()
        for key in [k for k in session if k.startswith(self._prefix)]:
            if session[key].get("exp", 0) < now:
                session.pop(key)


def _id_token_class(clock: WorldClock) -> type[CodeIDToken]:
    class WorldCodeIDToken(CodeIDToken):
        def validate(self, now: int | None = None, leeway: int = 0) -> None:
            super().validate(now=int(clock.timestamp()), leeway=leeway)

    return WorldCodeIDToken


class RelyingParty:
    def __init__(self, world: World, registration: Registration) -> None:
        self.world = world
        self.registration = registration

    def _client(self) -> FlaskOAuth2App:
        reg = self.registration
        return FlaskOAuth2App(
            WorldFlaskIntegration(reg.provider, self.world.clock),
            name=reg.provider,
            client_id=reg.client_id,
            client_secret=reg.client_secret,
            server_metadata_url=self.world.url(reg.provider, DISCOVERY_PATH),
            client_kwargs={
                "scope": reg.scope,
                "code_challenge_method": "S256",
                "token_endpoint_auth_method": reg.auth_method,
                "default_timeout": PROVIDER_TIMEOUT_SECONDS,
            },
        )

    def _random(self, kind: str, length: int) -> str:
        return random_token(self.world, f"{self.registration.rp_service}.oidc.{kind}", length)

    def _loaded(self) -> FlaskOAuth2App:
        client = self._client()
        try:
            client.load_server_metadata()
        except (requests.RequestException, ValueError) as error:
            raise ProviderUnreachableError(str(error)) from error
        return client

    def start(self, **extra: str) -> StartedLogin:
        """Redirect the browser to the provider's authorization endpoint."""
        client = self._loaded()
        state = self._random("state", 32)
        response: Response = client.authorize_redirect(
            self.world.url(self.registration.rp_service, self.registration.redirect_path),
            state=state,
            nonce=self._random("nonce", 32),
            code_verifier=self._random("code-verifier", 64),
            **extra,
        )
        return StartedLogin(response, state)

    def finish(self) -> SignedIn:
        """Exchange the code of the current callback request and validate the id_token."""
        reg = self.registration
        claims_options = {
            "iss": {"essential": True, "value": self.world.urls[reg.provider]},
            "aud": {"essential": True, "value": reg.client_id},
            "exp": {"essential": True},
            "nonce": {"essential": True},
        }
        try:
            token = self._client().authorize_access_token(
                claims_cls=_id_token_class(self.world.clock),
                claims_options=claims_options,
                leeway=ID_TOKEN_LEEWAY_SECONDS,
            )
        except AuthlibBaseError as error:
            raise LoginFailedError(error.error or "oauth_error", error.description or "") from error
        except JoseError as error:
            raise LoginFailedError("invalid_id_token", error.description or error.error) from error
        except (requests.RequestException, ValueError, KeyError, TypeError) as error:
            raise LoginFailedError("provider_error", type(error).__name__) from error
        if "userinfo" not in token:
            raise LoginFailedError("invalid_id_token", "no id_token in the token response")
        return SignedIn(claims=dict(token["userinfo"]), id_token=token["id_token"])

    def logout(self, id_token: str, post_logout_path: str) -> Response:
        """Redirect to the provider's end-session endpoint (RP-initiated logout)."""
        client = self._loaded()
        response: Response = client.logout_redirect(
            post_logout_redirect_uri=self.world.url(self.registration.rp_service, post_logout_path),
            id_token_hint=id_token,
            state=self._random("logout-state", 32),
        )
        return response

    def finish_logout(self) -> bool:
        """Whether the provider's post-logout redirect carries the state we sent."""
        try:
            self._client().validate_logout_response()
        except AuthlibBaseError:
            return False
        return True
