from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from mock_services.systems.csam.keys.eid.challenges import (
    CHALLENGE_LIFETIME,
    ChallengeExpiredError,
    ChallengeReplayedError,
    ChallengeStore,
    ForeignChallengeError,
    UnknownChallengeError,
)

NOW = datetime(2026, 3, 2, 8, 30, tzinfo=UTC)


@pytest.fixture
def store() -> ChallengeStore:
    store = ChallengeStore()
    store.issue("login-1", "c1", b"nonce", NOW)
    return store


def test_a_challenge_is_redeemed_once(store: ChallengeStore) -> None:
    assert store.redeem("c1", "login-1", NOW).nonce == b"nonce"
    with pytest.raises(ChallengeReplayedError):
        store.redeem("c1", "login-1", NOW)


def test_a_challenge_of_another_login_is_refused(store: ChallengeStore) -> None:
    with pytest.raises(ForeignChallengeError):
        store.redeem("c1", "login-2", NOW)
    assert store.redeem("c1", "login-1", NOW).login == "login-1"


def test_an_unknown_challenge_is_refused(store: ChallengeStore) -> None:
    with pytest.raises(UnknownChallengeError):
        store.redeem("made-up", "login-1", NOW)


def test_a_challenge_expires(store: ChallengeStore) -> None:
    with pytest.raises(ChallengeExpiredError):
        store.redeem("c1", "login-1", NOW + CHALLENGE_LIFETIME)


def test_a_challenge_is_valid_until_just_before_it_expires(store: ChallengeStore) -> None:
    later = NOW + CHALLENGE_LIFETIME - timedelta(seconds=1)
    assert store.redeem("c1", "login-1", later).id == "c1"
