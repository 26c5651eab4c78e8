from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from mock_services.world.clock import WorldClock

START = datetime(2026, 3, 2, 8, 30, tzinfo=UTC)


def test_clock_stands_still_until_moved() -> None:
    clock = WorldClock(START)
    assert clock.now() == START
    assert clock.now() == START


def test_advance_moves_forward_and_returns_new_time() -> None:
    clock = WorldClock(START)
    assert clock.advance(timedelta(minutes=20)) == START + timedelta(minutes=20)
    assert clock.now() == START + timedelta(minutes=20)


def test_clock_refuses_to_go_back() -> None:
    clock = WorldClock(START)
    with pytest.raises(ValueError, match="only moves forward"):
        clock.advance(timedelta(seconds=-1))
    assert clock.now() == START


def test_naive_datetimes_are_refused() -> None:
    with pytest.raises(ValueError, match="aware datetime"):
        WorldClock(datetime(2026, 3, 2, 8, 30))


def test_times_are_kept_in_utc() -> None:
    brussels_winter = timezone(timedelta(hours=1))
    clock = WorldClock(datetime(2026, 3, 2, 9, 30, tzinfo=brussels_winter))
    assert clock.now() == START
    assert clock.now().tzinfo is UTC


def test_reset_returns_to_start() -> None:
    clock = WorldClock(START)
    clock.advance(timedelta(hours=3))
    clock.reset()
    assert clock.now() == START
