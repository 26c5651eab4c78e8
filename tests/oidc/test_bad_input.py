"""Bad or tampered input anywhere in the login gets a clear page or a clear error, never a 500."""

from __future__ import annotations

import pytest
import requests

from mock_services.world import World

BAD_REQUESTS = [
    ("csam", "GET", "/fas/oauth2/authorize"),
    ("csam", "GET", "/fas/oauth2/authorize?response_type=token&client_id=persoselfservice"),
    ("csam", "GET", "/fas/oauth2/authorize?client_id=persoselfservice&client_id=persocontact"),
    ("csam", "GET", "/fas/login"),
    ("csam", "GET", "/fas/login?tx=nope"),
    ("csam", "GET", "/fas/login/itsme?tx=nope"),
    ("csam", "GET", "/fas/login/unknown-key?tx=nope"),
    ("csam", "GET", "/fas/itsme/callback?code=x&state=y"),
    ("csam", "GET", "/fas/itsme/callback"),
    ("csam", "POST", "/fas/oauth2/access_token"),
    ("csam", "POST", "/fas/oauth2/access_token?grant_type=password"),
    ("csam", "GET", "/fas/oauth2/userinfo"),
    ("csam", "GET", "/fas/oauth2/connect/endSession?id_token_hint=a.b.c"),
    ("itsme", "GET", "/v2/authorization?client_id=csam"),
    ("itsme", "GET", "/login/nope"),
    ("itsme", "POST", "/login/nope"),
    ("itsme", "GET", "/wait/nope"),
    ("itsme", "GET", "/api/requests/nope"),
    ("itsme", "GET", "/requests/nope/continue"),
    ("itsme", "GET", "/requests/nope/back"),
    ("itsme", "GET", "/app?phone=garbage"),
    ("itsme", "GET", "/app/requests/nope/confirm"),
    ("itsme", "POST", "/app/requests/nope/refuse"),
    ("itsme", "POST", "/app/requests/nope/fingerprint"),
    ("persoselfservice", "GET", "/oidc/callback"),
    ("persoselfservice", "GET", "/oidc/callback?error=server_error&state=x"),
    ("persoselfservice", "GET", "/logged-out"),
    ("persoselfservice", "GET", "/logout"),
    ("persocontact", "GET", "/persocontact/oidc/callback?code=x"),
    ("persocontact", "GET", "/persocontact/logged-out?state=forged"),
]


@pytest.mark.parametrize(("service", "method", "path"), BAD_REQUESTS)
def test_bad_requests_are_answered_clearly(
    world: World, service: str, method: str, path: str
) -> None:
    answer = requests.request(method, world.url(service, path), timeout=5, allow_redirects=False)
    assert answer.status_code < 500, answer.text[:300]
    assert answer.text.strip() or answer.status_code in (301, 302, 303)
