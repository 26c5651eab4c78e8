"""Faults a test can inject into a service: maintenance or an outage."""

from __future__ import annotations

import threading
from collections.abc import Callable
from enum import StrEnum


class Fault(StrEnum):
    MAINTENANCE = "maintenance"
    """The service answers every page with its maintenance notice (HTTP 503)."""
    DOWN = "down"
    """The service stops listening: connections are refused."""


FaultListener = Callable[[str, Fault | None], None]


class FaultBoard:
    """Which service suffers which fault; listeners hear of every change."""

    def __init__(self) -> None:
        self._faults: dict[str, Fault] = {}
        self._listeners: list[FaultListener] = []
        self._lock = threading.Lock()

    def get(self, service: str) -> Fault | None:
        with self._lock:
            return self._faults.get(service)

    def set(self, service: str, fault: Fault | None) -> None:
        with self._lock:
            previous = self._faults.get(service)
            if fault is None:
                self._faults.pop(service, None)
            else:
                self._faults[service] = fault
            listeners = list(self._listeners)
        if previous != fault:
            for listener in listeners:
                listener(service, fault)

    def clear(self) -> None:
        for service in list(self.active()):
            self.set(service, None)

    def active(self) -> dict[str, Fault]:
        with self._lock:
            return dict(self._faults)

    def subscribe(self, listener: FaultListener) -> None:
        with self._lock:
            self._listeners.append(listener)
