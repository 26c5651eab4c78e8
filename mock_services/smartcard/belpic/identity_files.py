"""The identity file (3F00/DF01/4031) and the address file (4033) of a Belgian eID card.

Both are BELPIC TLV (see ``tlv.py``) of UTF-8 texts, written in the language of the
municipality that issued the card: the birth date reads ``17 APR 1985`` in Dutch and French,
``17.APR.1985`` in German, with that language's month abbreviation; the sex is M or V (Dutch),
F (French), W (German). Validity dates read ``10.05.2022``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal

from mock_services.smartcard.belpic import tlv

Language = Literal["nl", "fr", "de"]
Sex = Literal["M", "F"]

# Tags of the identity file.
CARD_NUMBER = 0x01
CHIP_NUMBER = 0x02
VALID_FROM = 0x03
VALID_UNTIL = 0x04
ISSUING_MUNICIPALITY = 0x05
NATIONAL_NUMBER = 0x06
SURNAME = 0x07
GIVEN_NAMES = 0x08  # the first two given names
THIRD_GIVEN_NAME_INITIAL = 0x09
NATIONALITY = 0x0A
BIRTH_PLACE = 0x0B
BIRTH_DATE = 0x0C
SEX = 0x0D
NOBLE_CONDITION = 0x0E
DOCUMENT_TYPE = 0x0F
SPECIAL_STATUS = 0x10
PHOTO_HASH = 0x11

# Tags of the address file.
STREET_AND_NUMBER = 0x01
POSTAL_CODE = 0x02
MUNICIPALITY = 0x03

DOCUMENT_TYPE_BELGIAN_CITIZEN = "01"
NO_SPECIAL_STATUS = "0"

MONTHS: dict[Language, tuple[str, ...]] = {
    "nl": ("JAN", "FEB", "MAAR", "APR", "MEI", "JUN", "JUL", "AUG", "SEP", "OKT", "NOV", "DEC"),
    "fr": ("JAN", "FEV", "MARS", "AVR", "MAI", "JUIN", "JUIL", "AOUT", "SEPT", "OCT", "NOV", "DEC"),
    "de": ("JAN", "FEB", "MÄR", "APR", "MAI", "JUN", "JUL", "AUG", "SEP", "OKT", "NOV", "DEZ"),
}
FEMALE: dict[Language, str] = {"nl": "V", "fr": "F", "de": "W"}


class IdentityFileError(ValueError):
    pass


@dataclass(frozen=True)
class Identity:
    card_number: str
    chip_number: bytes
    card_valid_from: date
    card_valid_until: date
    issuing_municipality: str
    national_number: str
    surname: str
    given_names: str
    third_given_name_initial: str
    nationality: str
    birth_place: str
    birth_date: date
    sex: Sex
    noble_condition: str
    document_type: str
    special_status: str
    photo_hash: bytes

    @property
    def full_name(self) -> str:
        return f"{self.given_names} {self.surname}"


@dataclass(frozen=True)
class Address:
    street_and_number: str
    postal_code: str
    municipality: str


def card_language(postal_code: str) -> Language:
    """The language of a municipality's documents, from its postal code.

    Flanders writes Dutch, Wallonia French, the German-speaking Community (4700-4799)
    German; Brussels is bilingual and is given French here.
    """
    code = int(postal_code)
    if 4700 <= code <= 4799:
        return "de"
    if 1500 <= code <= 3999 or code >= 8000:
        return "nl"
    return "fr"


def format_birth_date(day: date, language: Language) -> str:
    month = MONTHS[language][day.month - 1]
    separator = "." if language == "de" else " "
    return f"{day.day:02d}{separator}{month}{separator}{day.year:04d}"


def parse_birth_date(text: str) -> date:
    parts = [part for part in re.split(r"[ .]+", text.strip()) if part]
    if len(parts) != 3:
        raise IdentityFileError(f"unreadable birth date {text!r}")
    day, month_name, year = parts
    for months in MONTHS.values():
        if month_name in months:
            return date(int(year), months.index(month_name) + 1, int(day))
    raise IdentityFileError(f"unknown month {month_name!r} in birth date {text!r}")


def format_validity_date(day: date) -> str:
    return f"{day:%d.%m.%Y}"


def parse_validity_date(text: str) -> date:
    try:
        return datetime.strptime(text, "%d.%m.%Y").date()
    except ValueError:
        raise IdentityFileError(f"unreadable validity date {text!r}") from None


def split_given_names(given_names: str) -> tuple[str, str]:
    """The card keeps the first two given names and the initial of the third."""
    names = given_names.split()
    return " ".join(names[:2]), names[2][0] if len(names) > 2 else ""


def encode_identity(identity: Identity, language: Language) -> bytes:
    sex = "M" if identity.sex == "M" else FEMALE[language]
    texts = [
        (CARD_NUMBER, identity.card_number),
        (CHIP_NUMBER, None),
        (VALID_FROM, format_validity_date(identity.card_valid_from)),
        (VALID_UNTIL, format_validity_date(identity.card_valid_until)),
        (ISSUING_MUNICIPALITY, identity.issuing_municipality),
        (NATIONAL_NUMBER, identity.national_number),
        (SURNAME, identity.surname),
        (GIVEN_NAMES, identity.given_names),
        (THIRD_GIVEN_NAME_INITIAL, identity.third_given_name_initial),
        (NATIONALITY, identity.nationality),
        (BIRTH_PLACE, identity.birth_place),
        (BIRTH_DATE, format_birth_date(identity.birth_date, language)),
        (SEX, sex),
        (NOBLE_CONDITION, identity.noble_condition),
        (DOCUMENT_TYPE, identity.document_type),
        (SPECIAL_STATUS, identity.special_status),
    ]
    fields = [
        (tag, identity.chip_number if text is None else text.encode("utf-8")) for tag, text in texts
    ]
    fields.append((PHOTO_HASH, identity.photo_hash))
    return tlv.encode(fields)


def _text(fields: dict[int, bytes], tag: int, what: str, *, required: bool = True) -> str:
    if tag not in fields:
        if not required:
            return ""
        raise IdentityFileError(f"the file has no {what} (tag {tag:#04x})")
    try:
        return fields[tag].decode("utf-8")
    except UnicodeDecodeError:
        raise IdentityFileError(f"the {what} (tag {tag:#04x}) is not UTF-8") from None


def parse_identity(data: bytes) -> Identity:
    try:
        fields = tlv.decode(data)
    except tlv.TlvError as error:
        raise IdentityFileError(f"identity file: {error}") from error
    sex_text = _text(fields, SEX, "sex")
    if sex_text not in ("M", "F", "V", "W"):
        raise IdentityFileError(f"unknown sex {sex_text!r}")
    return Identity(
        card_number=_text(fields, CARD_NUMBER, "card number"),
        chip_number=fields.get(CHIP_NUMBER, b""),
        card_valid_from=parse_validity_date(_text(fields, VALID_FROM, "start of validity")),
        card_valid_until=parse_validity_date(_text(fields, VALID_UNTIL, "end of validity")),
        issuing_municipality=_text(fields, ISSUING_MUNICIPALITY, "issuing municipality"),
        national_number=_text(fields, NATIONAL_NUMBER, "national number"),
        surname=_text(fields, SURNAME, "surname"),
        given_names=_text(fields, GIVEN_NAMES, "given names"),
        third_given_name_initial=_text(
            fields, THIRD_GIVEN_NAME_INITIAL, "third given name", required=False
        ),
        nationality=_text(fields, NATIONALITY, "nationality"),
        birth_place=_text(fields, BIRTH_PLACE, "birth place"),
        birth_date=parse_birth_date(_text(fields, BIRTH_DATE, "birth date")),
        sex="M" if sex_text == "M" else "F",
        noble_condition=_text(fields, NOBLE_CONDITION, "noble condition", required=False),
        document_type=_text(fields, DOCUMENT_TYPE, "document type"),
        special_status=_text(fields, SPECIAL_STATUS, "special status", required=False),
        photo_hash=fields.get(PHOTO_HASH, b""),
    )


def encode_address(address: Address) -> bytes:
    return tlv.encode(
        [
            (STREET_AND_NUMBER, address.street_and_number.encode("utf-8")),
            (POSTAL_CODE, address.postal_code.encode("utf-8")),
            (MUNICIPALITY, address.municipality.encode("utf-8")),
        ]
    )


def parse_address(data: bytes) -> Address:
    try:
        fields = tlv.decode(data)
    except tlv.TlvError as error:
        raise IdentityFileError(f"address file: {error}") from error
    return Address(
        street_and_number=_text(fields, STREET_AND_NUMBER, "street and number"),
        postal_code=_text(fields, POSTAL_CODE, "postal code"),
        municipality=_text(fields, MUNICIPALITY, "municipality"),
    )
