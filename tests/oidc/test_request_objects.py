"""Request objects are refused as OpenID Connect Core 6.1 and 6.2 require of a provider that
does not support them (the discovery documents say so): ``request_not_supported`` and
``request_uri_not_supported`` go back to the client, and no login begins."""

from __future__ import annotations

from typing import Any

import pytest
import requests
from authlib.common.security import generate_token
from authlib.integrations.requests_client import OAuth2Session

from mock_services.oidc.secrets import client_secret
from mock_services.systems.csam.transactions import STATE_KEY as CSAM_TRANSACTIONS
from mock_services.systems.itsme.authorizations import STATE_KEY as ITSME_AUTHORIZATIONS
from mock_services.systems.itsme.contract import CSAM_REDIRECT_PATH
from mock_services.world import World
from tests.oidc.conftest import query

REQUEST_OBJECTS = {
    "request": ("eyJhbGciOiJub25lIn0.eyJzY29wZSI6Im9wZW5pZCJ9.", "request_not_supported"),
    "request_uri": ("http://evil.example/req", "request_uri_not_supported"),
}
PROVIDERS = {
    # provider: (client id, redirect path at the client's service, client's service, book)
    "csam": ("persoselfservice", "/oidc/callback", "persoselfservice", CSAM_TRANSACTIONS),
    "itsme": ("csam", CSAM_REDIRECT_PATH, "csam", ITSME_AUTHORIZATIONS),
}


def _discovery(world: World, provider: str) -> dict[str, Any]:
    answer = requests.get(world.url(provider, "/.well-known/openid-configuration"), timeout=5)
    document: dict[str, Any] = answer.json()
    return document


def _authorization_url(world: World, provider: str, redirect_uri: str, **extra: str) -> str:
    client_id, _, _, _ = PROVIDERS[provider]
    client = OAuth2Session(
        client_id=client_id,
        client_secret=client_secret(world, provider, client_id),
        scope="openid profile",
        redirect_uri=redirect_uri,
        code_challenge_method="S256",
    )
    url, _ = client.create_authorization_url(
        _discovery(world, provider)["authorization_endpoint"],
        state=extra.pop("state"),
        nonce=generate_token(20),
        code_verifier=generate_token(48),
        **extra,
    )
    return str(url)


@pytest.mark.parametrize("provider", PROVIDERS)
@pytest.mark.parametrize("parameter", REQUEST_OBJECTS)
def test_a_request_object_is_refused_back_to_the_client(
    world: World, provider: str, parameter: str
) -> None:
    _, redirect_path, client_service, book = PROVIDERS[provider]
    assert _discovery(world, provider)[f"{parameter}_parameter_supported"] is False
    value, error = REQUEST_OBJECTS[parameter]
    redirect_uri = world.url(client_service, redirect_path)
    state = generate_token(20)
    url = _authorization_url(world, provider, redirect_uri, state=state, **{parameter: value})
    answer = requests.get(url, allow_redirects=False, timeout=5)
    assert answer.status_code == 302, answer.text[:300]
    location = answer.headers["Location"]
    assert location.startswith(redirect_uri + "?")
    params = query(location)
    assert (params["error"], params["state"]) == (error, state)
    assert "code" not in params
    assert world.state(book, dict) == {}


@pytest.mark.parametrize("provider", PROVIDERS)
def test_a_request_object_with_an_unregistered_redirect_uri_gets_a_page(
    world: World, provider: str
) -> None:
    url = _authorization_url(
        world, provider, "http://evil.example/cb", state="s", request_uri="http://evil.example/r"
    )
    answer = requests.get(url, allow_redirects=False, timeout=5)
    assert answer.status_code == 400
    assert "evil.example" not in answer.headers.get("Location", "")
    assert world.state(PROVIDERS[provider][3], dict) == {}


@pytest.mark.parametrize("provider", PROVIDERS)
def test_a_request_object_wins_over_the_errors_it_would_explain(
    world: World, provider: str
) -> None:
    """A client that put ``nonce`` in its request object hears what is not supported."""
    _, redirect_path, client_service, _ = PROVIDERS[provider]
    redirect_uri = world.url(client_service, redirect_path)
    params = query(_authorization_url(world, provider, redirect_uri, state="st", request="a.b.c"))
    del params["nonce"]
    endpoint = _discovery(world, provider)["authorization_endpoint"]
    answer = requests.get(endpoint, params=params, allow_redirects=False, timeout=5)
    assert query(answer.headers["Location"])["error"] == "request_not_supported"
