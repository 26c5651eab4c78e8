"""The world object: configuration, clock, seeded randomness, faults and per-service state.

Two kinds of randomness:

- ``random(purpose)``: streams derived from the seed, for what a person sees (codes on a
  screen, anything in a screenshot), so that two runs give the same pages.
- ``secret_random(purpose)`` and ``secret(purpose)``: for what nobody sees and an attacker
  must not guess (cookie signing keys, ``state``, ``nonce``, PKCE verifiers, codes, access
  tokens, session and transaction ids). They come from the operating system's random source,
  unless ``WorldSettings.reproducible_secrets`` asks for them to follow the seed too, for
  debugging a run with the exact same URLs and tokens.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from random import Random, SystemRandom
from typing import Any, TypeVar
from urllib.parse import urljoin

from mock_services.world.clock import WorldClock
from mock_services.world.faults import FaultBoard

StateT = TypeVar("StateT")

DEFAULT_SEED = 20260302
DEFAULT_START = datetime(2026, 3, 2, 8, 30, tzinfo=UTC)


@dataclass(frozen=True)
class WorldSettings:
    seed: int = DEFAULT_SEED
    start: datetime = DEFAULT_START
    language: str = "nl"
    timezone: str = "Europe/Brussels"
    card_slot: int = 0
    """The vpcd slot whose reader is "the user's card reader" for the eID software."""
    reproducible_secrets: bool = False
    """Derive the secrets too from the seed (cookie keys, state, nonce, codes, tokens, ids):
    for debugging only, since anyone who knows the seed can then forge a session."""


class UnknownServiceError(LookupError):
    def __init__(self, service: str, known: list[str]) -> None:
        super().__init__(
            f"no service named {service!r} is running; known services: {', '.join(known) or 'none'}"
        )


@dataclass
class World:
    """Everything the services share, and everything a test may control.

    Services never cache state of their own: they ask ``world.state(...)`` on every
    request, so that ``reset()`` really gives the next scenario a fresh world.
    """

    settings: WorldSettings = field(default_factory=WorldSettings)
    clock: WorldClock = field(init=False)
    faults: FaultBoard = field(default_factory=FaultBoard)
    urls: dict[str, str] = field(default_factory=dict)
    seed: int = field(init=False)
    _states: dict[str, Any] = field(default_factory=dict, repr=False)
    _streams: dict[str, Random] = field(default_factory=dict, repr=False)
    _lock: threading.RLock = field(default_factory=threading.RLock, repr=False)
    _master_key: bytes = field(init=False, repr=False)
    _system_random: SystemRandom = field(default_factory=SystemRandom, init=False, repr=False)

    def __post_init__(self) -> None:
        self.clock = WorldClock(self.settings.start)
        self.seed = self.settings.seed
        self._master_key = secrets.token_bytes(32)

    def reset(self, seed: int | None = None, start: datetime | None = None) -> None:
        """Back to the start: clock, randomness, faults and every service's state.

        ``seed`` and ``start`` replace the settings' seed and start time until the next reset.
        """
        with self._lock:
            self.seed = self.settings.seed if seed is None else seed
            self.clock.reset(self.settings.start if start is None else start)
            self._states.clear()
            self._streams.clear()
        # After the state is gone and outside the lock: clearing a fault restarts listeners,
        # and a restarting SMTP listener delivers its (now empty) outbox through the world's
        # state from its own thread.
        self.faults.clear()

    def random(self, purpose: str) -> Random:
        """A random stream of its own per purpose, derived from the world's seed.

        Separate streams keep one service's codes independent of how many values another
        service drew, so a change in one flow does not shift the codes of the next.
        """
        with self._lock:
            stream = self._streams.get(purpose)
            if stream is None:
                digest = hashlib.sha256(f"{self.seed}:{purpose}".encode()).digest()
                stream = Random(int.from_bytes(digest[:8], "big"))
                self._streams[purpose] = stream
            return stream

    def state(self, key: str, factory: Callable[[], StateT]) -> StateT:
        """The state object stored under ``key``, created by ``factory`` after each reset."""
        with self._lock:
            if key not in self._states:
                self._states[key] = factory()
            state: StateT = self._states[key]
            return state

    def secret_random(self, purpose: str) -> Random:
        """A random source for values nobody sees (tokens, ids): the system's, or the seeded
        stream of ``purpose`` with ``reproducible_secrets``."""
        if self.settings.reproducible_secrets:
            return self.random(purpose)
        return self._system_random

    def secret(self, purpose: str) -> bytes:
        """A key for ``purpose`` (a cookie signing key, a client secret), the same for the
        whole life of this world object; from the seed only with ``reproducible_secrets``."""
        if self.settings.reproducible_secrets:
            return hashlib.sha256(f"persopoint:{self.settings.seed}:{purpose}".encode()).digest()
        return hmac.new(self._master_key, purpose.encode(), hashlib.sha256).digest()

    def url(self, service: str, path: str = "/") -> str:
        """The absolute URL of ``path`` on ``service``."""
        base = self.urls.get(service)
        if base is None:
            raise UnknownServiceError(service, sorted(self.urls))
        return urljoin(base + "/", path.lstrip("/"))
