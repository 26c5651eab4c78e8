"""The identity check at the office: the document the person shows, against the registry."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from mock_services.systems.registration_office.appointments import (
    DocumentType,
    normalise_document_number,
)
from mock_services.world.people import Person, persons


@dataclass(frozen=True)
class IdentityCheck:
    person: Person | None
    """The person the document belongs to, if the check passed."""
    problem: str = ""
    """Catalogue key of why the check failed (empty if it passed)."""


def _folded(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


def names_match(person: Person, name: str) -> bool:
    """Whether ``name`` (as booked) is this person: full name, or first given name and
    surname, ignoring case and accents."""
    wanted = _folded(name)
    candidates = (person.full_name, f"{person.first_given_name} {person.surname}")
    return wanted in {_folded(candidate) for candidate in candidates}


def document_holder(kind: DocumentType, number: str) -> Person | None:
    wanted = normalise_document_number(number)
    for person in persons().values():
        held = person.card_number if kind is DocumentType.EID else person.passport_number
        if held and normalise_document_number(held) == wanted:
            return person
    return None


def check_identity(booked_name: str, kind: DocumentType, number: str) -> IdentityCheck:
    """Whether the document ``kind``/``number`` is valid and belongs to ``booked_name``."""
    holder = document_holder(kind, number)
    if holder is None:
        return IdentityCheck(None, "console.identity.unknown_document")
    if kind is DocumentType.EID and holder.card != "valid":
        return IdentityCheck(None, "console.identity.card_not_valid")
    if not names_match(holder, booked_name):
        return IdentityCheck(None, "console.identity.mismatch")
    return IdentityCheck(holder)
