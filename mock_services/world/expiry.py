"""Books of short-lived things (login transactions, authorizations) that forget what expired.

Entries are added in the order they are created, on a clock that only moves forward, so the
expired ones are always at the front: pruning stops at the first entry still alive. A cap on
the number of entries keeps a flood of requests within the same minute from growing the
world without bound; the oldest entries give way first.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import TypeVar

EntryT = TypeVar("EntryT")


def prune(
    book: dict[str, EntryT],
    created: Callable[[EntryT], datetime],
    *,
    now: datetime,
    lifetime: timedelta,
    room_for: int,
) -> None:
    """Drop ``book``'s expired entries, then its oldest until one more fits under ``room_for``."""
    while book:
        try:
            oldest = next(iter(book))
        except (StopIteration, RuntimeError):  # emptied or changed by another request
            continue
        entry = book.get(oldest)
        if entry is not None and now - created(entry) < lifetime and len(book) < room_for:
            return
        book.pop(oldest, None)
