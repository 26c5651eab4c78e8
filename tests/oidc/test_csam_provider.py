"""CSAM's OpenID Connect provider, as a standard client sees it: no browser."""

from __future__ import annotations

from datetime import timedelta

import pytest
import requests
from authlib.common.security import generate_token
from authlib.integrations.base_client import OAuthError
from authlib.oidc.discovery import OpenIDProviderMetadata
from joserfc.errors import BadSignatureError, ExpiredTokenError

from mock_services.oidc.keys import signing_key
from mock_services.systems.csam.digital_keys import LOA_HIGH
from mock_services.systems.csam.oidc_provider import csam_sessions
from mock_services.world import World
from mock_services.world.people import person
from tests.oidc.conftest import Rp, query


def test_discovery_describes_a_code_flow_provider_with_pkce_s256(rp: Rp, world: World) -> None:
    metadata = rp.metadata()
    OpenIDProviderMetadata(metadata).validate()
    assert metadata["issuer"] == world.urls["csam"]
    for endpoint in ("authorization", "token", "userinfo", "end_session"):
        assert metadata[f"{endpoint}_endpoint"].startswith(world.urls["csam"] + "/fas/oauth2/")
    assert metadata["response_types_supported"] == ["code"]
    assert metadata["code_challenge_methods_supported"] == ["S256"]
    assert metadata["id_token_signing_alg_values_supported"] == ["RS256"]
    assert set(metadata["token_endpoint_auth_methods_supported"]) == {
        "client_secret_basic",
        "client_secret_post",
    }


def test_jwks_is_the_committed_test_key(rp: Rp) -> None:
    jwks = requests.get(rp.metadata()["jwks_uri"], timeout=5).json()
    assert jwks == signing_key("csam").jwks()
    (key,) = jwks["keys"]
    assert key["kid"] == signing_key("csam").private.thumbprint()
    assert "d" not in key


def test_code_flow_gives_a_signed_id_token_with_identity_and_assurance(
    rp: Rp, world: World
) -> None:
    login = rp.login("an", key="eid")
    token = rp.exchange(login)
    claims = rp.validated_claims(token["id_token"], login.nonce)
    an = person("an")
    assert claims["given_name"] == "An Marie"
    assert claims["family_name"] == "Peeters"
    assert claims["name"] == "An Marie Peeters"
    assert claims["national_number"] == an.national_number
    assert claims["acr"] == LOA_HIGH
    assert claims["amr"] == ["eid"]
    assert claims["iat"] == int(world.clock.timestamp())
    assert claims["exp"] == claims["iat"] + 600
    assert claims["sid"] in csam_sessions(world)
    assert claims["sub"] != an.national_number


def test_userinfo_answers_the_access_token(rp: Rp) -> None:
    token = rp.exchange(rp.login("emma"))
    answer = requests.get(
        rp.metadata()["userinfo_endpoint"],
        headers={"Authorization": f"Bearer {token['access_token']}"},
        timeout=5,
    )
    assert answer.status_code == 200
    assert answer.json()["national_number"] == person("emma").national_number
    refused = requests.get(
        rp.metadata()["userinfo_endpoint"], headers={"Authorization": "Bearer nope"}, timeout=5
    )
    assert refused.status_code == 401


def test_client_secret_post_client(persocontact_rp: Rp) -> None:
    login = persocontact_rp.login("an")
    token = persocontact_rp.exchange(login)
    assert persocontact_rp.validated_claims(token["id_token"], login.nonce)["aud"] == "persocontact"


def test_redirect_uri_not_registered_gets_an_error_page_not_a_redirect(rp: Rp) -> None:
    params = rp.standard_request(generate_token(48), "n", "s")
    params["redirect_uri"] = rp.redirect_uri + "/../evil"
    answer = rp.authorize(**params)
    assert answer.status_code == 400
    assert "Location" not in answer.headers
    assert "Ongeldige aanvraag" in answer.text


def test_unknown_client_gets_an_error_page(rp: Rp) -> None:
    params = rp.standard_request(generate_token(48), "n", "s")
    params["client_id"] = "intruder"
    answer = rp.authorize(**params)
    assert answer.status_code == 400
    assert "Onbekende toepassing" in answer.text


@pytest.mark.parametrize(
    ("change", "description"),
    [
        ({"code_challenge": None, "code_challenge_method": None}, "PKCE is required"),
        ({"code_challenge_method": "plain"}, "must be S256"),
        ({"nonce": None}, "nonce"),
        ({"state": None}, "state"),
    ],
)
def test_authorization_requests_without_pkce_s256_state_or_nonce_go_back_with_an_error(
    rp: Rp, change: dict[str, str | None], description: str
) -> None:
    params = rp.standard_request(generate_token(48), "nonce-1", "state-1")
    for key, value in change.items():
        if value is None:
            params.pop(key)
        else:
            params[key] = value
    answer = rp.authorize(**params)
    assert answer.status_code == 302
    error = query(answer.headers["Location"])
    assert answer.headers["Location"].startswith(rp.redirect_uri + "?")
    assert error["error"] == "invalid_request"
    assert description in error["error_description"]


def test_token_request_without_code_verifier_is_invalid(rp: Rp) -> None:
    login = rp.login()
    answer = rp.token_request(
        {"grant_type": "authorization_code", "code": login.code, "redirect_uri": rp.redirect_uri}
    )
    assert answer.status_code == 400
    assert answer.json()["error"] == "invalid_request"


def test_wrong_code_verifier_is_an_invalid_grant(rp: Rp) -> None:
    login = rp.login()
    with pytest.raises(OAuthError) as refused:
        rp.exchange(login, code_verifier=generate_token(48))
    assert refused.value.error == "invalid_grant"


def test_a_code_is_single_use_and_its_replay_revokes_the_tokens(rp: Rp) -> None:
    login = rp.login()
    token = rp.exchange(login)
    with pytest.raises(OAuthError) as replayed:
        rp.exchange(login)
    assert replayed.value.error == "invalid_grant"
    answer = requests.get(
        rp.metadata()["userinfo_endpoint"],
        headers={"Authorization": f"Bearer {token['access_token']}"},
        timeout=5,
    )
    assert answer.status_code == 401


def test_a_code_expires_after_a_minute_on_the_world_clock(rp: Rp, world: World) -> None:
    login = rp.login()
    world.clock.advance(timedelta(seconds=61))
    with pytest.raises(OAuthError) as expired:
        rp.exchange(login)
    assert expired.value.error == "invalid_grant"


def test_wrong_client_secret_is_an_invalid_client(rp: Rp) -> None:
    login = rp.login()
    with pytest.raises(OAuthError) as refused:
        rp.exchange(login, session=rp.session(secret="not-the-secret"))
    assert refused.value.error == "invalid_client"


def test_client_must_use_its_registered_authentication_method(rp: Rp) -> None:
    login = rp.login()
    with pytest.raises(OAuthError) as refused:
        rp.exchange(login, session=rp.session(auth_method="client_secret_post"))
    assert refused.value.error == "invalid_client"


def test_a_code_cannot_be_redeemed_by_another_client(rp: Rp, persocontact_rp: Rp) -> None:
    login = rp.login()
    with pytest.raises(OAuthError) as refused:
        persocontact_rp.exchange(login, redirect_uri=rp.redirect_uri)
    assert refused.value.error == "invalid_grant"


def test_redirect_uri_must_match_at_the_token_endpoint(rp: Rp) -> None:
    login = rp.login()
    with pytest.raises(OAuthError) as refused:
        rp.exchange(login, redirect_uri=rp.world.url("persoselfservice", "/elsewhere"))
    assert refused.value.error == "invalid_grant"


def test_a_tampered_id_token_fails_its_signature(rp: Rp) -> None:
    login = rp.login()
    id_token = rp.exchange(login)["id_token"]
    header, payload, signature = id_token.split(".")
    flipped = payload[:-2] + ("A" if payload[-2] != "A" else "B") + payload[-1]
    with pytest.raises(BadSignatureError):
        rp.validated_claims(f"{header}.{flipped}.{signature}", login.nonce)


def test_the_id_token_expires_on_the_world_clock(rp: Rp, world: World) -> None:
    login = rp.login()
    id_token = rp.exchange(login)["id_token"]
    world.clock.advance(timedelta(minutes=11))
    with pytest.raises(ExpiredTokenError):
        rp.validated_claims(id_token, login.nonce)


def test_end_session_ends_the_csam_session_and_returns_to_the_app(rp: Rp, world: World) -> None:
    login = rp.login()
    id_token = rp.exchange(login)["id_token"]
    sid = rp.validated_claims(id_token, login.nonce)["sid"]
    back = rp.world.url("persoselfservice", "/logged-out")
    answer = requests.get(
        rp.metadata()["end_session_endpoint"],
        params={"id_token_hint": id_token, "post_logout_redirect_uri": back, "state": "s1"},
        allow_redirects=False,
        timeout=5,
    )
    assert answer.status_code == 302
    assert answer.headers["Location"] == back + "?state=s1"
    assert sid not in csam_sessions(world)


def test_end_session_refuses_a_tampered_hint_and_unregistered_return_address(rp: Rp) -> None:
    login = rp.login()
    id_token = rp.exchange(login)["id_token"]
    endpoint = rp.metadata()["end_session_endpoint"]
    tampered = requests.get(endpoint, params={"id_token_hint": id_token[:-4] + "AAAA"}, timeout=5)
    assert tampered.status_code == 400
    elsewhere = requests.get(
        endpoint,
        params={"id_token_hint": id_token, "post_logout_redirect_uri": "http://127.0.0.1:9/x"},
        allow_redirects=False,
        timeout=5,
    )
    assert elsewhere.status_code == 200
    assert "Je bent afgemeld" in elsewhere.text
