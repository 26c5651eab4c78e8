"""The people of the simulated world, read from ``testdata/persons.toml``.

Every service (the eID card, CSAM, itsme, the applications) knows people through this
module, so that a person is the same person everywhere.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources
from typing import Any, Literal

CardState = Literal["valid", "revoked", "expired"]


def national_number(birth_date: date, serial: int) -> str:
    """The 11-digit Belgian national register number (rijksregisternummer).

    Six digits of birth date (YYMMDD), a three-digit serial (odd for men, even for women)
    and a two-digit check: 97 minus the first nine digits modulo 97, where people born in
    2000 or later have a ``2`` put in front before taking the modulo.
    """
    if not 1 <= serial <= 998:
        raise ValueError(f"serial must be between 1 and 998, not {serial}")
    base = f"{birth_date:%y%m%d}{serial:03d}"
    number = int(("2" if birth_date.year >= 2000 else "") + base)
    return f"{base}{97 - number % 97:02d}"


def format_national_number(number: str) -> str:
    """``85041722412`` -> ``85.04.17-224.12``, as printed on the card."""
    return f"{number[0:2]}.{number[2:4]}.{number[4:6]}-{number[6:9]}.{number[9:11]}"


@dataclass(frozen=True)
class Person:
    id: str
    given_names: str
    surname: str
    sex: Literal["M", "F"]
    birth_date: date
    birth_place: str
    serial: int
    nationality: str
    street: str
    postal_code: str
    municipality: str
    card_number: str
    card_valid_from: date
    card_valid_until: date
    card: CardState
    pin: str
    puk: str
    federal_staff: bool
    employer: str
    email: str
    mobile: str
    itsme: bool = False
    """Whether ``mobile`` has an itsme account."""
    itsme_code: str = ""
    """The 5-digit code that confirms itsme requests in the app."""
    itsme_fingerprint: bool = False
    """Whether the person confirms itsme requests with a fingerprint instead of the code."""
    card_reader: bool = True
    """Whether the person has an eID card reader at the computer."""
    passport_number: str = ""
    """The Belgian passport's number (two letters, six digits), if the person has one."""

    def __post_init__(self) -> None:
        if (self.sex == "M" and self.serial % 2 == 0) or (self.sex == "F" and self.serial % 2):
            raise ValueError(f"{self.id}: serial {self.serial} does not match sex {self.sex}")
        if not (self.pin.isdigit() and 4 <= len(self.pin) <= 12):
            raise ValueError(f"{self.id}: a PIN has 4 to 12 digits")
        if self.itsme and not (self.itsme_code.isdigit() and len(self.itsme_code) == 5):
            raise ValueError(f"{self.id}: an itsme account needs a 5-digit itsme code")

    @property
    def national_number(self) -> str:
        return national_number(self.birth_date, self.serial)

    @property
    def full_name(self) -> str:
        return f"{self.given_names} {self.surname}"

    @property
    def first_given_name(self) -> str:
        return self.given_names.split()[0]


class UnknownPersonError(LookupError):
    def __init__(self, person_id: str, known: list[str]) -> None:
        super().__init__(f"no test person {person_id!r}; known persons: {', '.join(known)}")


@cache
def persons() -> dict[str, Person]:
    """Every test person by id, in the order of the data file."""
    text = (resources.files("mock_services") / "testdata" / "persons.toml").read_text("utf-8")
    records: list[dict[str, Any]] = tomllib.loads(text)["person"]
    return {record["id"]: Person(**record) for record in records}


def person(person_id: str) -> Person:
    try:
        return persons()[person_id]
    except KeyError:
        raise UnknownPersonError(person_id, list(persons())) from None


def by_national_number(number: str) -> Person | None:
    return next((p for p in persons().values() if p.national_number == number), None)


def by_mobile(number: str) -> Person | None:
    """The person whose mobile number is ``number`` (international form, ``+32470123456``)."""
    return next((p for p in persons().values() if p.mobile == number), None)


def by_name(name: str) -> Person:
    """The person called ``name``: full name, or first given name and surname ("An Peeters")."""
    for candidate in persons().values():
        if name in (candidate.full_name, f"{candidate.first_given_name} {candidate.surname}"):
            return candidate
    raise UnknownPersonError(name, [p.full_name for p in persons().values()])
