"""Login transactions (CSAM) and authorizations (itsme) expire on the world's clock and are
forgotten, and a flood of authorization requests cannot grow the world without bound.

Before, every authorization request stayed in the world for good (20,000 requests: 35 MiB).
"""

from __future__ import annotations

from datetime import timedelta

import pytest
import requests
from authlib.integrations.requests_client import OAuth2Session

from mock_services.hosting.world_host import WorldHost
from mock_services.oidc.secrets import client_secret
from mock_services.systems.csam import transactions
from mock_services.systems.itsme import authorizations
from mock_services.systems.itsme.contract import CSAM_REDIRECT_PATH
from mock_services.world import World
from tests.oidc.conftest import Rp, query

MANY = 60


def csam_authorization_url(rp: Rp) -> str:
    params = rp.standard_request("v" * 48, "n" * 20, "s" * 20)
    return str(
        requests.Request("GET", rp.metadata()["authorization_endpoint"], params=params)
        .prepare()
        .url
    )


def itsme_authorization_url(world: World) -> str:
    client = OAuth2Session(
        client_id="csam",
        client_secret=client_secret(world, "itsme", "csam"),
        scope="openid profile eid",
        redirect_uri=world.url("csam", CSAM_REDIRECT_PATH),
        code_challenge_method="S256",
    )
    url, _ = client.create_authorization_url(
        world.url("itsme", "/v2/authorization"), state="st", nonce="no", code_verifier="v" * 48
    )
    return str(url)


def open_transaction(url: str) -> str:
    answer = requests.get(url, allow_redirects=False, timeout=5)
    assert answer.status_code == 302
    return str(answer.headers["Location"])


def csam_book(world: World) -> dict[str, transactions.LoginTransaction]:
    return world.state(transactions.STATE_KEY, dict)


def itsme_book(world: World) -> dict[str, authorizations.Authorization]:
    return world.state(authorizations.STATE_KEY, dict)


def test_expired_csam_transactions_are_forgotten(world_host: WorldHost, world: World) -> None:
    url = csam_authorization_url(Rp(world_host))
    first = query(open_transaction(url))["tx"]
    for _ in range(MANY - 1):
        open_transaction(url)
    assert len(csam_book(world)) == MANY
    world.clock.advance(transactions.TRANSACTION_LIFETIME - timedelta(seconds=1))
    open_transaction(url)
    assert len(csam_book(world)) == MANY + 1, "none had expired yet"
    assert requests.get(world.url("csam", f"/fas/login?tx={first}"), timeout=5).ok
    penultimate = list(csam_book(world))[-1]
    world.clock.advance(timedelta(seconds=1))
    last = query(open_transaction(url))["tx"]
    assert list(csam_book(world)) == [penultimate, last]
    assert requests.get(world.url("csam", f"/fas/login?tx={first}"), timeout=5).status_code == 400


def test_expired_itsme_authorizations_are_forgotten(world: World) -> None:
    url = itsme_authorization_url(world)
    for _ in range(MANY):
        open_transaction(url)
    assert len(itsme_book(world)) == MANY
    world.clock.advance(authorizations.AUTHORIZATION_LIFETIME)
    last = open_transaction(url).rsplit("/", 1)[-1]
    assert list(itsme_book(world)) == [last]


def test_a_flood_within_a_minute_keeps_the_books_bounded(
    world_host: WorldHost, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(transactions, "MAX_TRANSACTIONS", 25)
    monkeypatch.setattr(authorizations, "MAX_AUTHORIZATIONS", 25)
    csam_url, itsme_url = csam_authorization_url(Rp(world_host)), itsme_authorization_url(world)
    opened = [query(open_transaction(csam_url))["tx"] for _ in range(MANY)]
    for _ in range(MANY):
        open_transaction(itsme_url)
    assert list(csam_book(world)) == opened[-25:]
    assert len(itsme_book(world)) == 25
    newest = requests.get(world.url("csam", f"/fas/login?tx={opened[-1]}"), timeout=5)
    assert newest.status_code == 200
