"""Appointments at the registration offices: the booking form's rules and the book."""

from __future__ import annotations

import re
import string
import threading
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from mock_services.systems.mail.mailboxes import is_address
from mock_services.systems.registration_office.offices import Office
from mock_services.world import World
from mock_services.world.tokens import seeded_token

STATE_KEY = "registration_office.appointments"
REFERENCE_ALPHABET = string.ascii_uppercase.replace("O", "").replace("I", "") + "23456789"

_EID_NUMBER = re.compile(r"\d{12}")
"""An eID card number: 12 digits (printed as 592-1234567-89)."""
_PASSPORT_NUMBER = re.compile(r"[A-Z]{2}\d{6}")
"""A Belgian passport number: two letters and six digits (EH123456)."""


class DocumentType(StrEnum):
    EID = "eid"
    PASSPORT = "passport"


class Status(StrEnum):
    BOOKED = "booked"
    IDENTIFIED = "identified"
    """The agent checked the identity document."""
    KEYS_CREATED = "keys_created"


def normalise_document_number(number: str) -> str:
    """Without spaces, dots and dashes, in capitals (``592-1234567-89`` -> ``592123456789``)."""
    return re.sub(r"[\s.\-]", "", number).upper()


def document_number_valid(kind: DocumentType, number: str) -> bool:
    pattern = _EID_NUMBER if kind is DocumentType.EID else _PASSPORT_NUMBER
    return pattern.fullmatch(normalise_document_number(number)) is not None


@dataclass(frozen=True)
class BookingForm:
    """What the person typed; ``errors`` gives a catalogue key per field that is wrong."""

    name: str = ""
    email: str = ""
    document_type: str = ""
    document_number: str = ""

    def errors(self) -> dict[str, str]:
        problems: dict[str, str] = {}
        if len(self.name.split()) < 2:
            problems["name"] = "registration_office.form.errors.name"
        if not self.email.strip():
            problems["email"] = "registration_office.form.errors.email_missing"
        elif not is_address(self.email):
            problems["email"] = "registration_office.form.errors.email_invalid"
        if self.document_type not in set(DocumentType):
            problems["document_type"] = "registration_office.form.errors.document_type"
        elif not self.document_number.strip():
            problems["document_number"] = "registration_office.form.errors.number_missing"
        elif not document_number_valid(DocumentType(self.document_type), self.document_number):
            problems["document_number"] = (
                f"registration_office.form.errors.number_{self.document_type}"
            )
        return problems


@dataclass
class Appointment:
    reference: str
    office: Office
    slot: datetime
    name: str
    email: str
    document_type: DocumentType
    document_number: str
    booked_at: datetime
    status: Status = Status.BOOKED
    national_number: str = ""
    """Set once the agent checked the identity document."""
    keys_email: str = field(default="")
    """The personal address the agent recorded for the keys."""


class SlotTakenError(LookupError):
    pass


class AppointmentBook:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._appointments: dict[str, Appointment] = {}

    def taken(self, office: Office) -> set[datetime]:
        with self._lock:
            return {a.slot for a in self._appointments.values() if a.office == office}

    def book(self, world: World, office: Office, slot: datetime, form: BookingForm) -> Appointment:
        """Book ``slot`` for a valid ``form``; SlotTakenError if someone was first."""
        with self._lock:
            if any(a.office == office and a.slot == slot for a in self._appointments.values()):
                raise SlotTakenError(slot)
            reference = "RK-" + seeded_token(world, "registration:reference", 6, REFERENCE_ALPHABET)
            appointment = Appointment(
                reference=reference,
                office=office,
                slot=slot,
                name=" ".join(form.name.split()),
                email=form.email.strip(),
                document_type=DocumentType(form.document_type),
                document_number=normalise_document_number(form.document_number),
                booked_at=world.clock.now(),
            )
            self._appointments[reference] = appointment
            return appointment

    def get(self, reference: str) -> Appointment | None:
        with self._lock:
            return self._appointments.get(reference.strip().upper())

    def all(self) -> list[Appointment]:
        """Every appointment, by slot."""
        with self._lock:
            return sorted(self._appointments.values(), key=lambda a: (a.slot, a.office.id))


def appointment_book(world: World) -> AppointmentBook:
    return world.state(STATE_KEY, AppointmentBook)
