"""Secrets do not follow from the seed: knowing it forges no session and predicts no login.

What a person sees (a screenshot) stays seeded; cookie keys, ``state``, ``nonce``, PKCE
verifiers, login transactions, codes and access tokens come from the system's random source,
unless ``WorldSettings.reproducible_secrets`` asks otherwise (for debugging).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
import requests
from flask import Flask
from flask.sessions import SecureCookieSessionInterface

from mock_services.hosting.world_host import WorldHost
from mock_services.smartcard.pcsc_host.daemon import NAME as PCSCD
from mock_services.world import World, WorldSettings
from mock_services.world.people import person
from mock_services.world.tokens import random_token, seeded_token
from tests.oidc.conftest import Rp, query

SEED = 4242
APPS = ("persoselfservice", "persocontact", "csam", "itsme")


@contextmanager
def running_world(reproducible_secrets: bool) -> Iterator[WorldHost]:
    settings = WorldSettings(seed=SEED, reproducible_secrets=reproducible_secrets)
    with WorldHost(World(settings), without=(PCSCD,)) as host:
        yield host


def _session_data(app: Flask, cookie: str) -> dict[str, Any]:
    serializer = SecureCookieSessionInterface().get_signing_serializer(app)
    assert serializer is not None
    data: dict[str, Any] = serializer.loads(cookie)
    return data


def application_login_start(host: WorldHost) -> dict[str, str]:
    """PersoSelfService's next authorization request: state, nonce and PKCE verifier."""
    world = host.world
    answer = requests.get(world.url("persoselfservice", "/login"), allow_redirects=False, timeout=5)
    assert answer.status_code == 302
    sent = query(answer.headers["Location"])
    stored = _session_data(
        host.servers["persoselfservice"].app, answer.cookies["persoselfservice_session"]
    )
    (kept,) = (value["data"] for key, value in stored.items() if key.startswith("_state_"))
    return {
        "state": sent["state"],
        "nonce": sent["nonce"],
        "code_challenge": sent["code_challenge"],
        "code_verifier": kept["code_verifier"],
    }


def secrets_handed_out(host: WorldHost) -> dict[str, object]:
    """Everything a fresh world hands out that nobody sees, in a fixed order of requests."""
    rp = Rp(host)
    tx = query(
        rp.authorize(**rp.standard_request("v" * 48, "n" * 20, "s" * 20)).headers["Location"]
    )["tx"]
    login = rp.login()
    token = rp.exchange(login)
    itsme_start = requests.get(
        host.world.url("csam", f"/fas/login/itsme?tx={tx}"), allow_redirects=False, timeout=5
    )
    return {
        "cookie keys": {name: host.servers[name].app.secret_key for name in APPS},
        "application login": application_login_start(host),
        "csam transaction": tx,
        "authorization code": login.code,
        "access token": token["access_token"],
        "csam state at itsme": query(itsme_start.headers["Location"])["state"],
        "token": random_token(host.world, "test.token"),
    }


def test_two_worlds_with_the_same_seed_hand_out_different_secrets() -> None:
    with running_world(False) as first, running_world(False) as second:
        ours, theirs = secrets_handed_out(first), secrets_handed_out(second)
    for name, value in ours.items():
        if isinstance(value, dict):
            for part, secret in value.items():
                assert secret != theirs[name][part], f"{name}: {part}"  # type: ignore[index]
        else:
            assert value != theirs[name], name


def test_reproducible_secrets_follow_the_seed() -> None:
    with running_world(True) as first, running_world(True) as second:
        assert secrets_handed_out(first) == secrets_handed_out(second)


def test_what_a_person_sees_stays_seeded() -> None:
    first, second = World(WorldSettings(seed=SEED)), World(WorldSettings(seed=SEED))
    assert seeded_token(first, "screen.code", 6) == seeded_token(second, "screen.code", 6)
    assert first.random("screen.code").random() == second.random("screen.code").random()


def _signed_in_cookie(key: bytes) -> str:
    """A PersoContact session cookie saying An is logged in, signed with ``key``."""
    signer = Flask("forger")
    signer.secret_key = key
    serializer = SecureCookieSessionInterface().get_signing_serializer(signer)
    assert serializer is not None
    an = person("an")
    user = {
        "name": an.full_name,
        "given_name": an.given_names,
        "family_name": an.surname,
        "national_number": an.national_number,
        "acr": "urn:be:fedict:iam:fas:Level500",
        "key": "eid",
    }
    cookie: str = serializer.dumps({"user": user})
    return cookie


@pytest.mark.parametrize("genuine", [True, False], ids=["real key", "seed-derived key"])
def test_a_session_cookie_forged_from_the_seed_is_refused(
    world_host: WorldHost, world: World, genuine: bool
) -> None:
    if genuine:  # the control: the cookie is well made, only its key decides
        key = world_host.servers["persocontact"].app.secret_key
        assert isinstance(key, bytes)
    else:
        key = hashlib.sha256(
            f"persopoint:{world.settings.seed}:persocontact:flask-session".encode()
        ).digest()
    answer = requests.get(
        world.url("persocontact", "/persocontact/home"),
        cookies={"persocontact_session": _signed_in_cookie(key)},
        allow_redirects=False,
        timeout=5,
    )
    if genuine:
        assert answer.status_code == 200
        assert person("an").given_names in answer.text
    else:
        assert answer.status_code == 302
        assert answer.headers["Location"].endswith("/persocontact")
