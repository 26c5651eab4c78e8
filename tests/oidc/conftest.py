"""A running world and a standard OpenID Connect client (Authlib's requests client)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs, urljoin, urlsplit

import pytest
import requests
from authlib.common.security import generate_token
from authlib.integrations.requests_client import OAuth2Session
from joserfc import jwt
from joserfc.jwk import KeySet

from mock_services.hosting.world_host import WorldHost
from mock_services.oidc.secrets import client_secret
from mock_services.systems.csam.login import complete_login
from mock_services.world import World
from mock_services.world.people import person

SCOPE = "openid profile national_number"
DISCOVERY = "/.well-known/openid-configuration"


def query(url: str) -> dict[str, str]:
    return {key: values[0] for key, values in parse_qs(urlsplit(url).query).items()}


@dataclass
class Rp:
    """A relying party as any OIDC library would be one, talking to CSAM over HTTP."""

    host: WorldHost
    client_id: str = "persoselfservice"
    redirect_path: str = "/oidc/callback"
    auth_method: str = "client_secret_basic"

    @property
    def world(self) -> World:
        return self.host.world

    @property
    def redirect_uri(self) -> str:
        return self.world.url(self.client_id, self.redirect_path)

    def metadata(self) -> dict[str, Any]:
        answer = requests.get(self.world.url("csam", DISCOVERY), timeout=5)
        answer.raise_for_status()
        document: dict[str, Any] = answer.json()
        return document

    def session(self, secret: str | None = None, auth_method: str | None = None) -> OAuth2Session:
        return OAuth2Session(
            client_id=self.client_id,
            client_secret=secret or client_secret(self.world, "csam", self.client_id),
            scope=SCOPE,
            redirect_uri=self.redirect_uri,
            code_challenge_method="S256",
            token_endpoint_auth_method=auth_method or self.auth_method,
        )

    def authorize(self, **params: str) -> requests.Response:
        """GET the authorization endpoint with ``params`` (no redirects followed)."""
        return requests.get(
            self.metadata()["authorization_endpoint"],
            params=params,
            allow_redirects=False,
            timeout=5,
        )

    def standard_request(self, verifier: str, nonce: str, state: str) -> dict[str, str]:
        url, _ = self.session().create_authorization_url(
            self.metadata()["authorization_endpoint"],
            state=state,
            code_verifier=verifier,
            nonce=nonce,
        )
        return query(url)

    def login(self, person_id: str = "an", key: str = "eid") -> Login:
        """A full authorization request, then the person's login at CSAM: the code."""
        verifier, nonce, state = generate_token(48), generate_token(20), generate_token(20)
        answer = self.authorize(**self.standard_request(verifier, nonce, state))
        assert answer.status_code == 302, answer.text
        transaction = query(answer.headers["Location"])["tx"]
        with self.host.servers["csam"].app.test_request_context("/fas/login/" + key):
            redirect = complete_login(transaction, person(person_id), key=key)
        back = redirect.headers["Location"]
        assert back.startswith(self.redirect_uri + "?")
        params = query(back)
        assert params["state"] == state
        return Login(params["code"], verifier, nonce, back)

    def exchange(self, login: Login, **overrides: Any) -> dict[str, Any]:
        session = overrides.pop("session", None) or self.session()
        params: dict[str, Any] = {"code": login.code, "code_verifier": login.verifier}
        token: dict[str, Any] = session.fetch_token(
            self.metadata()["token_endpoint"], **(params | overrides)
        )
        return token

    def token_request(
        self, data: dict[str, str], auth: tuple[str, str] | None = None
    ) -> requests.Response:
        """A raw token request, to see the provider's error answers."""
        if auth is None:
            auth = (self.client_id, client_secret(self.world, "csam", self.client_id))
        return requests.post(self.metadata()["token_endpoint"], data=data, auth=auth, timeout=5)

    def validated_claims(self, id_token: str, nonce: str) -> dict[str, Any]:
        """The id_token checked as a relying party must: signature, iss, aud, nonce, exp."""
        keys = KeySet.import_key_set(requests.get(self.metadata()["jwks_uri"], timeout=5).json())
        decoded = jwt.decode(id_token, keys, algorithms=["RS256"])
        jwt.JWTClaimsRegistry(
            now=int(self.world.clock.timestamp()),
            iss={"essential": True, "value": self.world.urls["csam"]},
            aud={"essential": True, "value": self.client_id},
            nonce={"essential": True, "value": nonce},
            exp={"essential": True},
        ).validate(decoded.claims)
        return dict(decoded.claims)


@dataclass
class Login:
    code: str
    verifier: str
    nonce: str
    callback: str


@pytest.fixture
def rp(world_host: WorldHost, world: World) -> Rp:
    return Rp(world_host)


@pytest.fixture
def persocontact_rp(world_host: WorldHost, world: World) -> Rp:
    return Rp(world_host, "persocontact", "/persocontact/oidc/callback", "client_secret_post")


def follow(session: requests.Session, url: str) -> tuple[requests.Response, str]:
    """Follow redirects by hand (relative Locations included), like a browser."""
    while True:
        answer = session.get(url, allow_redirects=False, timeout=5)
        if answer.status_code not in (301, 302, 303):
            return answer, url
        url = urljoin(url, answer.headers["Location"])
