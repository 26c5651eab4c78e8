"""The world's clock: it starts at a fixed instant and moves only when someone moves it."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta


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
            self._now += delta
            return self._now

    def set(self, instant: datetime) -> None:
        with self._lock:
            self._now = self._aware(instant)

    def reset(self, start: datetime | None = None) -> None:
        with self._lock:
            if start is not None:
                self._start = self._aware(start)
            self._now = self._start
