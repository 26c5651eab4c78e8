"""The documents in the eBoxes, and the sender API through which institutions deliver them.

``deliver(world, DocumentRequest(...))`` stores the document (a real PDF, dated on the world
clock) in the addressee's eBox and, if that eBox is active, sends exactly one notification
e-mail through SMTP (queued in the mail outbox while the server is away).
"""

from __future__ import annotations

import string
import threading
from dataclasses import dataclass, field
from datetime import datetime
from zoneinfo import ZoneInfo

from mock_services.systems.ebox.notification import notify
from mock_services.systems.ebox.pdf import document_pdf
from mock_services.systems.mail.sender import Delivery
from mock_services.world import World
from mock_services.world.i18n import catalogue
from mock_services.world.people import Person
from mock_services.world.tokens import seeded_token

STATE_KEY = "ebox.documents"
DATE_FORMAT = "%d-%m-%Y"
_ID_ALPHABET = string.ascii_lowercase + string.digits


@dataclass(frozen=True)
class DocumentKind:
    """A document an institution sends: the catalogue keys of its sender, title and text."""

    sender: str
    title: str
    body: str
    """Paragraphs separated by blank lines; placeholders ``{name}`` and ``{date}``."""


KINDS = {
    "career_break": DocumentKind(
        "ebox.kinds.career_break.sender",
        "ebox.kinds.career_break.title",
        "ebox.kinds.career_break.body",
    ),
}
"""The documents the institutions of this world send, by the name the control API uses."""


class UnknownKindError(LookupError):
    def __init__(self, kind: str) -> None:
        super().__init__(f"no document kind {kind!r}; known kinds: {', '.join(KINDS)}")


@dataclass(frozen=True)
class DocumentRequest:
    """What an institution sends: to whom, and which kind of document."""

    addressee: Person
    kind: str = "career_break"


@dataclass
class Document:
    id: str
    national_number: str
    kind: str
    sender: str
    title: str
    received: datetime
    paragraphs: tuple[str, ...]
    pdf: bytes
    read: bool = False
    notification: Delivery | None = field(default=None)
    """How its notification e-mail went (None: the eBox was not active, nobody was told)."""


class DocumentStore:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._documents: dict[str, Document] = {}

    def add(self, document: Document) -> None:
        with self._lock:
            self._documents[document.id] = document

    def of(self, national_number: str) -> list[Document]:
        """A person's documents, newest first."""
        with self._lock:
            mine = [d for d in self._documents.values() if d.national_number == national_number]
        return list(reversed(mine))

    def get(self, national_number: str, document_id: str) -> Document | None:
        """The document ``document_id`` if it is in this person's eBox; nobody else's."""
        with self._lock:
            found = self._documents.get(document_id)
        return found if found is not None and found.national_number == national_number else None

    def mark_read(self, document: Document) -> None:
        with self._lock:
            document.read = True


def documents(world: World) -> DocumentStore:
    return world.state(STATE_KEY, DocumentStore)


def local_date(world: World, instant: datetime) -> str:
    return instant.astimezone(ZoneInfo(world.settings.timezone)).strftime(DATE_FORMAT)


def deliver(world: World, request: DocumentRequest) -> Document:
    """Put the document in the addressee's eBox and notify the addressee if the eBox is active."""
    kind = KINDS.get(request.kind)
    if kind is None:
        raise UnknownKindError(request.kind)
    language = world.settings.language

    def t(key: str, **params: object) -> str:
        return catalogue().text(key, language, **params)

    person = request.addressee
    now = world.clock.now()
    date = local_date(world, now)
    sender = t(kind.sender)
    title = t(kind.title)
    paragraphs = tuple(t(kind.body, name=person.full_name, date=date).split("\n\n"))
    document = Document(
        id=seeded_token(world, "ebox:document-id", 12, _ID_ALPHABET),
        national_number=person.national_number,
        kind=request.kind,
        sender=sender,
        title=title,
        received=now,
        paragraphs=paragraphs,
        pdf=document_pdf(
            sender=sender,
            title=title,
            addressee=person.full_name,
            date=date,
            paragraphs=paragraphs,
            issued=now,
        ),
    )
    documents(world).add(document)
    document.notification = notify(world, person.national_number)
    return document
