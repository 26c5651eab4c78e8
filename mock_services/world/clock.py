"""The world's clock: it starts at a fixed instant and moves only when someone moves it.

It only moves forward: codes, sessions and login transactions expire by comparing instants,
and a clock that went back would bring expired ones back to life. To start over at an
earlier time, reset the world (with another start, if needed).
"""

from __future__ import annotations

import argparse
import threading
from datetime import UTC, datetime, timedelta


def parse_instant(text: str) -> datetime:
    """An ISO 8601 time with its UTC offset (``2026-03-02T09:00:00+01:00``, or ``…Z``).

    A time without an offset is refused: it would mean another instant on every machine.
    """
    try:
        instant = datetime.fromisoformat(text)
    except ValueError:
        raise ValueError(
            f"{text!r} is not an ISO 8601 time; write it like 2026-03-02T09:00:00+01:00"
        ) from None
    if instant.tzinfo is None or instant.utcoffset() is None:
        raise ValueError(
            f"{text!r} has no UTC offset; add one, like 2026-03-02T09:00:00+01:00 or …Z"
        )
    try:
        return instant.astimezone(UTC)
    except OverflowError:
        raise ValueError(f"{text!r} is outside the years 1 to 9999 in UTC") from None


def instant_argument(text: str) -> datetime:
    """``parse_instant`` for a command-line option (``--world-time``): its error is the
    option's usage message."""
    try:
        return parse_instant(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


class WorldClock:
    """A controllable, thread-safe clock in UTC.

    Services ask it for the time instead of the system clock, so that a test can let
    twenty minutes pass in a millisecond and two runs see the same instants.
    """

    def __init__(self, start: datetime) -> None:
        self._start = self._aware(start)
        self._now = self._start
        self._lock = threading.Lock()

    @staticmethod
    def _aware(instant: datetime) -> datetime:
        if instant.tzinfo is None:
            raise ValueError(f"the world clock needs an aware datetime, got {instant!r}")
        return instant.astimezone(UTC)

    def now(self) -> datetime:
        with self._lock:
            return self._now

    def timestamp(self) -> float:
        return self.now().timestamp()

    def advance(self, delta: timedelta) -> datetime:
        """Move the clock forward by ``delta`` and return the new time."""
        if delta < timedelta(0):
            raise ValueError(f"the world clock only moves forward, not by {delta}")
        with self._lock:
            try:
                self._now += delta
            except OverflowError:
                raise ValueError(
                    f"moving the world clock by {delta} from {self._now.isoformat()} "
                    "goes past the year 9999"
                ) from None
            return self._now

    def set(self, instant: datetime) -> datetime:
        """Move the clock forward to ``instant`` (an aware time, not before the clock's now)."""
        target = self._aware(instant)
        with self._lock:
            if target < self._now:
                raise ValueError(
                    f"the world clock only moves forward: it is {self._now.isoformat()}, "
                    f"{target.isoformat()} is earlier (reset the world to start over)"
                )
            self._now = target
            return self._now

    def reset(self, start: datetime | None = None) -> None:
        with self._lock:
            if start is not None:
                self._start = self._aware(start)
            self._now = self._start
