"""Malformed OpenID Connect requests get a clear 4xx and leave no traceback in the log.

Authlib refuses to build an error description with ``"``, ``\\`` or non-ASCII characters
(RFC 6749 5.2) and raised a ``ValueError`` (a 500) when a refused ``redirect_uri`` or
``response_type`` held one; Basic credentials that are not UTF-8 raised a
``UnicodeDecodeError``.
"""

from __future__ import annotations

import base64
import logging
from collections.abc import Iterator

import pytest
import requests

from mock_services.oidc.secrets import client_secret
from mock_services.world import World
from tests.oidc.test_bad_input import BAD_REQUESTS

FORBIDDEN_IN_ERRORS = ['"', "\\", "é", "\x00"]
AUTHORIZE = {
    "csam": ("/fas/oauth2/authorize", "persoselfservice", "persoselfservice", "/oidc/callback"),
    "itsme": ("/v2/authorization", "csam", "csam", "/fas/itsme/callback"),
}
AUTHORIZATION_PARAMETERS = (
    "client_id",
    "response_type",
    "redirect_uri",
    "state",
    "scope",
    "nonce",
    "code_challenge",
    "code_challenge_method",
)
TOKEN_PARAMETERS = ("grant_type", "code", "redirect_uri", "code_verifier", "client_id", "scope")
END_SESSION_PARAMETERS = ("id_token_hint", "post_logout_redirect_uri", "state", "client_id")


@pytest.fixture
def log_records(caplog: pytest.LogCaptureFixture) -> Iterator[list[logging.LogRecord]]:
    """What the world's services log (from their server threads) during the test."""
    with caplog.at_level(logging.DEBUG):
        yield caplog.records


def tracebacks(records: list[logging.LogRecord]) -> list[str]:
    return [
        f"{record.name}: {record.getMessage()}"
        for record in records
        if record.exc_info or record.levelno >= logging.ERROR
    ]


def _good_authorization(world: World, provider: str) -> dict[str, str]:
    _, client_id, client_service, redirect_path = AUTHORIZE[provider]
    return {
        "client_id": client_id,
        "response_type": "code",
        "redirect_uri": world.url(client_service, redirect_path),
        "state": "st",
        "scope": "openid profile",
        "nonce": "no",
        "code_challenge": "c" * 43,
        "code_challenge_method": "S256",
    }


@pytest.mark.parametrize(("service", "method", "path"), BAD_REQUESTS)
def test_bad_requests_log_no_traceback(
    world: World, log_records: list[logging.LogRecord], service: str, method: str, path: str
) -> None:
    answer = requests.request(method, world.url(service, path), timeout=5, allow_redirects=False)
    assert answer.status_code < 500
    assert tracebacks(log_records) == []


@pytest.mark.parametrize("character", FORBIDDEN_IN_ERRORS, ids=["quote", "backslash", "e", "nul"])
@pytest.mark.parametrize("provider", AUTHORIZE)
def test_odd_characters_in_an_authorization_request(
    world: World, log_records: list[logging.LogRecord], provider: str, character: str
) -> None:
    path = AUTHORIZE[provider][0]
    good = _good_authorization(world, provider)
    for name in AUTHORIZATION_PARAMETERS:
        params = good | {name: f"x{character}y"}
        answer = requests.get(
            world.url(provider, path), params=params, allow_redirects=False, timeout=5
        )
        assert answer.status_code < 500, (name, answer.status_code)
        if answer.status_code >= 400:
            assert answer.text.strip(), name
        assert tracebacks(log_records) == [], name


@pytest.mark.parametrize("provider", AUTHORIZE)
@pytest.mark.parametrize("name", ["redirect_uri", "response_type"])
def test_a_malformed_parameter_the_error_would_repeat_gets_a_400_page(
    world: World, log_records: list[logging.LogRecord], provider: str, name: str
) -> None:
    path = AUTHORIZE[provider][0]
    params = _good_authorization(world, provider) | {name: 'http://x/"><script>'}
    answer = requests.get(
        world.url(provider, path), params=params, allow_redirects=False, timeout=5
    )
    assert answer.status_code == 400
    assert "text/html" in answer.headers["Content-Type"]
    assert "<script>" not in answer.text
    assert tracebacks(log_records) == []


@pytest.mark.parametrize("character", FORBIDDEN_IN_ERRORS, ids=["quote", "backslash", "e", "nul"])
def test_odd_characters_in_token_and_logout_requests(
    world: World, log_records: list[logging.LogRecord], character: str
) -> None:
    secret = client_secret(world, "csam", "persoselfservice")
    token = {
        "grant_type": "authorization_code",
        "code": "c",
        "redirect_uri": world.url("persoselfservice", "/oidc/callback"),
        "code_verifier": "v" * 43,
    }
    for name in TOKEN_PARAMETERS:
        answer = requests.post(
            world.url("csam", "/fas/oauth2/access_token"),
            data=token | {name: f"x{character}y"},
            auth=("persoselfservice", secret),
            timeout=5,
        )
        assert 400 <= answer.status_code < 500, (name, answer.status_code)
        assert answer.json()["error"], name
    end_session = {
        "id_token_hint": "a.b.c",
        "post_logout_redirect_uri": world.url("persoselfservice", "/logged-out"),
        "state": "s",
        "client_id": "persoselfservice",
    }
    for name in END_SESSION_PARAMETERS:
        answer = requests.get(
            world.url("csam", "/fas/oauth2/connect/endSession"),
            params=end_session | {name: f"x{character}y"},
            allow_redirects=False,
            timeout=5,
        )
        assert answer.status_code < 500, (name, answer.status_code)
    assert tracebacks(log_records) == []


@pytest.mark.parametrize(
    "credentials",
    [b"\xff\xfe:secret", b"persoselfservice:\xff", b"\x80"],
    ids=["client id", "secret", "alone"],
)
@pytest.mark.parametrize("provider", ["csam", "itsme"])
def test_basic_credentials_that_are_not_utf8_are_refused(
    world: World, log_records: list[logging.LogRecord], provider: str, credentials: bytes
) -> None:
    path = "/fas/oauth2/access_token" if provider == "csam" else "/v2/token"
    answer = requests.post(
        world.url(provider, path),
        data={"grant_type": "authorization_code", "code": "c"},
        headers={"Authorization": "Basic " + base64.b64encode(credentials).decode()},
        timeout=5,
    )
    assert answer.status_code == 401
    assert answer.json()["error"] == "invalid_client"
    assert answer.headers["WWW-Authenticate"].startswith("Basic ")
    assert tracebacks(log_records) == []
