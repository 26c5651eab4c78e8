"""The server's side of the inactivity timeout, without Flask: the policy and the book."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from mock_services.systems.persoselfservice.inactivity import (
    ActivityBook,
    InactivityPolicy,
    InvalidPolicyError,
    SessionExpiredError,
)

START = datetime(2026, 3, 2, 8, 30, tzinfo=UTC)
POLICY = InactivityPolicy()


def minutes(n: float) -> timedelta:
    return timedelta(minutes=n)


@pytest.fixture
def book() -> ActivityBook:
    book = ActivityBook()
    book.open("s1", START)
    return book


def test_the_default_is_20_minutes_with_a_warning_2_minutes_before() -> None:
    assert (POLICY.timeout, POLICY.warning_before) == (minutes(20), minutes(2))
    assert POLICY.warning_after == minutes(18)


def test_the_session_is_alive_until_just_before_20_minutes(book: ActivityBook) -> None:
    just_before = START + minutes(20) - timedelta(microseconds=1)
    assert book.is_open("s1", just_before, POLICY)
    assert book.touch("s1", just_before, POLICY).last_activity == just_before


def test_the_session_expires_at_exactly_20_minutes(book: ActivityBook) -> None:
    assert not book.is_open("s1", START + minutes(20), POLICY)
    with pytest.raises(SessionExpiredError) as expired:
        book.touch("s1", START + minutes(20), POLICY)
    assert expired.value.expired_at == START + minutes(20)


def test_activity_moves_the_end_forward(book: ActivityBook) -> None:
    activity = book.touch("s1", START + minutes(10), POLICY)
    assert activity.last_activity == START + minutes(10)
    assert activity.expires_at(POLICY) == START + minutes(30)
    assert book.is_open("s1", START + minutes(29), POLICY)
    assert not book.is_open("s1", START + minutes(30), POLICY)


def test_a_keep_alive_at_the_warning_extends_by_20_minutes(book: ActivityBook) -> None:
    warned_at = START + POLICY.warning_after
    assert book.touch("s1", warned_at, POLICY).expires_at(POLICY) == warned_at + minutes(20)
    assert book.is_open("s1", warned_at + minutes(19), POLICY)


def test_an_expired_session_stays_expired(book: ActivityBook) -> None:
    with pytest.raises(SessionExpiredError):
        book.touch("s1", START + minutes(25), POLICY)
    # A keep-alive that arrives late cannot bring it back, whatever the time.
    with pytest.raises(SessionExpiredError) as again:
        book.touch("s1", START + minutes(25), POLICY)
    assert again.value.expired_at is None
    assert not book.is_open("s1", START, POLICY)


def test_an_unknown_or_closed_session_is_expired(book: ActivityBook) -> None:
    with pytest.raises(SessionExpiredError):
        book.touch("nope", START, POLICY)
    book.close("s1")
    book.close("s1")
    with pytest.raises(SessionExpiredError):
        book.touch("s1", START, POLICY)


def test_checking_is_not_activity(book: ActivityBook) -> None:
    assert book.is_open("s1", START + minutes(19), POLICY)
    assert not book.is_open("s1", START + minutes(20), POLICY)


def test_a_request_answered_late_does_not_move_the_activity_back(book: ActivityBook) -> None:
    book.touch("s1", START + minutes(5), POLICY)
    assert book.touch("s1", START + minutes(4), POLICY).last_activity == START + minutes(5)


def test_the_durations_are_configurable(book: ActivityBook) -> None:
    short = InactivityPolicy(timeout=minutes(5), warning_before=timedelta(seconds=30))
    assert short.warning_after == timedelta(minutes=4, seconds=30)
    assert book.is_open("s1", START + minutes(4), short)
    with pytest.raises(SessionExpiredError):
        book.touch("s1", START + minutes(5), short)


@pytest.mark.parametrize(
    ("timeout", "warning_before"),
    [(minutes(0), minutes(0)), (minutes(20), minutes(20)), (minutes(20), minutes(0))],
)
def test_a_warning_outside_the_session_is_refused(
    timeout: timedelta, warning_before: timedelta
) -> None:
    with pytest.raises(InvalidPolicyError):
        InactivityPolicy(timeout=timeout, warning_before=warning_before)
