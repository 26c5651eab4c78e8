"""PersoSelfService's inactivity timeout: how long a session lives without activity.

PeopleSoft keeps its sessions on the server and ends one after a period without requests
(20 minutes for PersoSelfService); the browser warns shortly before. This module is the
server's side, free of Flask: the ``InactivityPolicy`` (the two durations) and the
``ActivityBook`` (the last activity of every open session, on the world's clock).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

DEFAULT_TIMEOUT = timedelta(minutes=20)
DEFAULT_WARNING_BEFORE = timedelta(minutes=2)


class InvalidPolicyError(ValueError):
    pass


@dataclass(frozen=True)
class InactivityPolicy:
    """After ``timeout`` without activity the session ends; the page warns
    ``warning_before`` that moment."""

    timeout: timedelta = DEFAULT_TIMEOUT
    warning_before: timedelta = DEFAULT_WARNING_BEFORE

    def __post_init__(self) -> None:
        if self.timeout <= timedelta(0):
            raise InvalidPolicyError(f"the timeout must be positive, not {self.timeout}")
        if not timedelta(0) < self.warning_before < self.timeout:
            raise InvalidPolicyError(
                f"the warning must come between the start and the end of the session: "
                f"{self.warning_before} before a timeout of {self.timeout}"
            )

    @property
    def warning_after(self) -> timedelta:
        """How long after the last activity the warning appears."""
        return self.timeout - self.warning_before


class SessionExpiredError(Exception):
    """The session is unknown, or its last activity is ``timeout`` or more ago."""

    def __init__(self, session_id: str, expired_at: datetime | None = None) -> None:
        when = f" at {expired_at.isoformat()}" if expired_at else " (unknown session)"
        super().__init__(f"session {session_id[:6]}… expired{when}")
        self.session_id = session_id
        self.expired_at = expired_at


@dataclass
class Activity:
    session_id: str
    last_activity: datetime

    def expires_at(self, policy: InactivityPolicy) -> datetime:
        return self.last_activity + policy.timeout


class ActivityBook:
    """The open sessions and the time of their last activity.

    ``touch`` is what every request of a logged-in user does: a session whose end has come
    (at exactly ``timeout`` after its last activity) is closed and refused; any other moves
    its end forward. An expired session stays expired: touching it again is refused too.
    """

    def __init__(self) -> None:
        self._sessions: dict[str, Activity] = {}

    def open(self, session_id: str, now: datetime) -> Activity:
        activity = Activity(session_id, now)
        self._sessions[session_id] = activity
        return activity

    def touch(self, session_id: str, now: datetime, policy: InactivityPolicy) -> Activity:
        """Record activity in the session at ``now``, or raise ``SessionExpiredError``."""
        activity = self._sessions.get(session_id)
        if activity is None:
            raise SessionExpiredError(session_id)
        if now >= activity.expires_at(policy):
            del self._sessions[session_id]
            raise SessionExpiredError(session_id, activity.expires_at(policy))
        activity.last_activity = max(activity.last_activity, now)
        return activity

    def close(self, session_id: str) -> None:
        """End the session (logout, the expiry page); closing an unknown one is harmless."""
        self._sessions.pop(session_id, None)

    def is_open(self, session_id: str, now: datetime, policy: InactivityPolicy) -> bool:
        """Whether the session is still alive at ``now``, without counting as activity."""
        activity = self._sessions.get(session_id)
        return activity is not None and now < activity.expires_at(policy)
