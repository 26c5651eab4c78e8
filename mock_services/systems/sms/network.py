"""What the SMS network delivered: every message, by recipient, with sender, text and time.

The network is part of the world's state, so a reset empties it. Messages are never taken
away by reading them; only ``clear`` (the control API's DELETE) empties the network.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from mock_services.world import World

STATE_KEY = "sms.network"


@dataclass(frozen=True)
class Sms:
    id: str
    sender: str
    recipient: str
    text: str
    sent_at: datetime
    client: str
    """The gateway client that sent it (``itsme``)."""

    def to_json(self) -> dict[str, Any]:
        return {
            "from": self.sender,
            "to": self.recipient,
            "text": self.text,
            "date": self.sent_at.isoformat(),
        }


@dataclass
class SmsNetwork:
    _messages: list[Sms] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def deliver(self, message: Sms) -> None:
        with self._lock:
            self._messages.append(message)

    def messages(self, recipient: str | None = None) -> list[Sms]:
        """Every message in the order delivered, or only those to ``recipient``."""
        with self._lock:
            return [m for m in self._messages if recipient in (None, m.recipient)]

    def count(self) -> int:
        with self._lock:
            return len(self._messages)

    def clear(self) -> int:
        """Forget every message; how many there were."""
        with self._lock:
            count = len(self._messages)
            self._messages.clear()
            return count


def sms_network(world: World) -> SmsNetwork:
    return world.state(STATE_KEY, SmsNetwork)
