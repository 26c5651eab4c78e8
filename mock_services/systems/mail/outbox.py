"""Messages a service could not hand to the SMTP server yet, kept until it is back.

Kept in ``world.state``: a reset forgets them with the rest of the world.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass

from mock_services.world import World

STATE_KEY = "mail.outbox"


@dataclass(frozen=True)
class QueuedMail:
    envelope_from: str
    recipients: tuple[str, ...]
    data: bytes
    """The complete message, as it will be sent."""


class Outbox:
    """A queue in order of sending; one delivery round at a time, so none goes out twice."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._round = threading.Lock()
        self._queue: list[QueuedMail] = []

    def __len__(self) -> int:
        with self._lock:
            return len(self._queue)

    def put(self, mail: QueuedMail) -> None:
        with self._lock:
            self._queue.append(mail)

    def deliver(self, transmit: Callable[[QueuedMail], bool]) -> int:
        """Hand the queued mails to ``transmit`` in order, removing each one it accepted.

        ``transmit`` returns False when the server cannot take mail now: the round stops
        there and the rest waits for the next one. Returns how many left the outbox.
        """
        delivered = 0
        with self._round:
            while True:
                with self._lock:
                    if not self._queue:
                        return delivered
                    mail = self._queue[0]
                if not transmit(mail):
                    return delivered
                with self._lock:
                    self._queue.remove(mail)
                delivered += 1


def outbox(world: World) -> Outbox:
    return world.state(STATE_KEY, Outbox)
