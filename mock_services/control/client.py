"""A small client of the control API, for scripts and for a world running in another process."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import requests


class WorldControlError(RuntimeError):
    pass


class WorldClient:
    def __init__(self, base_url: str, timeout: float = 10.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self._http = requests.Session()

    def call(self, method: str, path: str, body: dict[str, Any] | None = None) -> Any:
        """Any endpoint of the control API, systems' own (``/api/sms/...``) included."""
        return self._call(method, path, body)

    def _call(self, method: str, path: str, body: dict[str, Any] | None = None) -> Any:
        answer = self._http.request(
            method, f"{self.base_url}{path}", json=body, timeout=self.timeout
        )
        if not answer.ok:
            try:
                message = answer.json()["error"]
            except (ValueError, KeyError):
                message = answer.text
            raise WorldControlError(f"{method} {path} failed ({answer.status_code}): {message}")
        return answer.json()

    def summary(self) -> dict[str, Any]:
        result: dict[str, Any] = self._call("GET", "/api/world")
        return result

    def endpoints(self) -> list[dict[str, Any]]:
        """What ``GET /api`` lists: method, path, description and parameters of each."""
        result: list[dict[str, Any]] = self._call("GET", "/api")["endpoints"]
        return result

    def reset(self, seed: int | None = None, start: datetime | None = None) -> dict[str, Any]:
        """A fresh world; ``seed`` and ``start`` (an aware time) hold until the next reset."""
        body: dict[str, Any] = {"seed": seed}
        if start is not None:
            body["start"] = start.isoformat()
        result: dict[str, Any] = self._call("POST", "/api/reset", body)
        return result

    def set_clock(self, now: datetime) -> dict[str, Any]:
        """Move the world's clock forward to ``now`` (an aware time)."""
        result: dict[str, Any] = self._call("POST", "/api/clock/set", {"now": now.isoformat()})
        return result

    def advance(self, seconds: float) -> dict[str, Any]:
        result: dict[str, Any] = self._call("POST", "/api/clock/advance", {"seconds": seconds})
        return result

    def set_fault(self, service: str, fault: str | None) -> dict[str, Any]:
        result: dict[str, Any] = self._call("PUT", f"/api/faults/{service}", {"fault": fault})
        return result
