"""Books that forget expired entries and keep room for one more."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from mock_services.world.expiry import prune

T0 = datetime(2026, 3, 2, 8, 30, tzinfo=UTC)
MINUTE = timedelta(minutes=1)


def book_of(*minutes: int) -> dict[str, datetime]:
    return {f"e{minute}": T0 + minute * MINUTE for minute in minutes}


def test_expired_entries_are_dropped_and_the_living_kept() -> None:
    book = book_of(0, 1, 2, 3)
    prune(book, lambda created: created, now=T0 + 12 * MINUTE, lifetime=10 * MINUTE, room_for=9)
    assert list(book) == ["e3"]


def test_the_oldest_give_way_when_the_book_is_full() -> None:
    book = book_of(0, 1, 2, 3)
    prune(book, lambda created: created, now=T0 + 4 * MINUTE, lifetime=10 * MINUTE, room_for=3)
    assert list(book) == ["e2", "e3"]


def test_an_empty_book_stays_empty() -> None:
    book: dict[str, datetime] = {}
    prune(book, lambda created: created, now=T0, lifetime=MINUTE, room_for=1)
    assert book == {}
