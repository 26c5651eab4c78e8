"""Every mailbox of the world: the messages the SMTP server received, per recipient.

Kept in ``world.state``, so a reset empties every mailbox.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass, field
from datetime import datetime
from typing import TypedDict

from mock_services.systems.mail.parsing import ParsedMessage
from mock_services.world import World

STATE_KEY = "mail.mailboxes"

_ADDRESS = re.compile(r"[^@\s<>()\[\],;:\"]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+")


MessageJson = TypedDict(
    "MessageJson",
    {
        "id": str,
        "from": str,
        "to": str,
        "subject": str,
        "date": str,
        "text": str,
        "html": str,
        "links": list[str],
    },
)
"""A message as the control API gives it."""


def normalise_address(address: str) -> str:
    """The mailbox key of ``address``: trimmed and in lower case."""
    return address.strip().lower()


def is_address(address: str) -> bool:
    """Whether ``address`` is a plain e-mail address (``an.peeters@example.be``)."""
    return _ADDRESS.fullmatch(address.strip()) is not None


@dataclass(frozen=True)
class StoredMessage:
    id: str
    """Unique in the world, in order of arrival (``"1"``, ``"2"``, …)."""
    mailbox: str
    """The recipient whose mailbox holds it (its envelope address)."""
    received: datetime
    """The world clock when it arrived."""
    content: ParsedMessage
    raw: bytes = field(repr=False)

    @property
    def date(self) -> datetime:
        """The message's ``Date``, or when it arrived if it has none."""
        return self.content.date or self.received

    def to_json(self) -> MessageJson:
        return {
            "id": self.id,
            "from": self.content.sender,
            "to": self.content.to or self.mailbox,
            "subject": self.content.subject,
            "date": self.date.isoformat(),
            "text": self.content.text,
            "html": self.content.html,
            "links": list(self.content.links),
        }


class Mailboxes:
    """Messages per recipient, and which ones the recipient has opened."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._boxes: dict[str, list[StoredMessage]] = {}
        self._read: set[tuple[str, str]] = set()
        self._count = 0

    def deliver(
        self, recipients: list[str], content: ParsedMessage, raw: bytes, received: datetime
    ) -> str:
        """Put one message in each recipient's mailbox; returns its id."""
        with self._lock:
            self._count += 1
            message_id = str(self._count)
            for recipient in dict.fromkeys(normalise_address(r) for r in recipients):
                stored = StoredMessage(message_id, recipient, received, content, raw)
                self._boxes.setdefault(recipient, []).append(stored)
            return message_id

    def messages(self, address: str) -> list[StoredMessage]:
        """The messages of ``address``, oldest first."""
        with self._lock:
            return list(self._boxes.get(normalise_address(address), ()))

    def message(self, address: str, message_id: str) -> StoredMessage | None:
        return next((m for m in self.messages(address) if m.id == message_id), None)

    def is_read(self, message: StoredMessage) -> bool:
        with self._lock:
            return (message.mailbox, message.id) in self._read

    def mark_read(self, message: StoredMessage) -> None:
        with self._lock:
            self._read.add((message.mailbox, message.id))

    def empty(self) -> int:
        """Empty every mailbox; returns how many messages were removed."""
        with self._lock:
            removed = sum(len(box) for box in self._boxes.values())
            self._boxes.clear()
            self._read.clear()
            return removed


def mailboxes(world: World) -> Mailboxes:
    return world.state(STATE_KEY, Mailboxes)
