from __future__ import annotations

from datetime import date

import pytest

from mock_services.smartcard.belpic import identity_files, tlv
from mock_services.smartcard.belpic.identity_files import (
    Address,
    IdentityFileError,
    card_language,
    format_birth_date,
    parse_birth_date,
)
from mock_services.smartcard.eid_card.personalisation import identity_of, photo
from mock_services.world.people import person


def test_identity_file_round_trip_and_tags() -> None:
    an = person("an")
    identity = identity_of(an, photo("an"))
    data = identity_files.encode_identity(identity, "nl")
    fields = tlv.decode(data)
    assert fields[identity_files.CARD_NUMBER] == b"592123456789"
    assert len(fields[identity_files.CHIP_NUMBER]) == 16
    assert fields[identity_files.VALID_FROM] == b"10.05.2022"
    assert fields[identity_files.VALID_UNTIL] == b"10.05.2032"
    assert fields[identity_files.NATIONAL_NUMBER] == an.national_number.encode()
    assert fields[identity_files.BIRTH_DATE] == b"17 APR 1985"
    assert fields[identity_files.SEX] == b"V"
    assert fields[identity_files.DOCUMENT_TYPE] == b"01"
    assert len(fields[identity_files.PHOTO_HASH]) == 32
    assert identity_files.parse_identity(data) == identity


def test_french_card_of_chloe() -> None:
    chloe = person("chloe")
    data = identity_files.encode_identity(identity_of(chloe, photo("chloe")), "fr")
    fields = tlv.decode(data)
    assert fields[identity_files.BIRTH_DATE] == b"23 JUIL 1990"
    assert fields[identity_files.SEX] == b"F"
    assert fields[identity_files.GIVEN_NAMES] == "Chloé".encode()
    parsed = identity_files.parse_identity(data)
    assert parsed.sex == "F"
    assert parsed.birth_date == date(1990, 7, 23)
    assert parsed.card_valid_until == date(2025, 9, 1)


@pytest.mark.parametrize(
    ("language", "text"),
    [("nl", "02 MAAR 1968"), ("fr", "02 MARS 1968"), ("de", "02.MÄR.1968")],
)
def test_birth_dates_in_the_card_language(language: identity_files.Language, text: str) -> None:
    assert format_birth_date(date(1968, 3, 2), language) == text
    assert parse_birth_date(text) == date(1968, 3, 2)


def test_unreadable_birth_dates() -> None:
    with pytest.raises(IdentityFileError, match="unknown month"):
        parse_birth_date("17 XYZ 1985")
    with pytest.raises(IdentityFileError, match="unreadable"):
        parse_birth_date("17-04-1985")


@pytest.mark.parametrize(
    ("postal_code", "language"),
    [("3000", "nl"), ("9000", "nl"), ("5000", "fr"), ("1000", "fr"), ("4700", "de")],
)
def test_card_language(postal_code: str, language: str) -> None:
    assert card_language(postal_code) == language


def test_three_given_names_keep_the_initial_of_the_third() -> None:
    assert identity_files.split_given_names("Jan Pieter Karel Maria") == ("Jan Pieter", "K")
    assert identity_files.split_given_names("Emma") == ("Emma", "")


def test_address_round_trip() -> None:
    address = Address("Diestsestraat 112", "3000", "Leuven")
    data = identity_files.encode_address(address)
    assert data == b"\x01\x11Diestsestraat 112\x02\x043000\x03\x06Leuven"
    assert identity_files.parse_address(data + bytes(10)) == address


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"\x01\x02ab", "the file has no"),
        (b"\x01\x05ab", "identity file: field 0x01 needs 5 bytes"),
    ],
)
def test_broken_identity_files(data: bytes, message: str) -> None:
    with pytest.raises(IdentityFileError, match=message):
        identity_files.parse_identity(data)


def test_identity_texts_must_be_utf8() -> None:
    fields = tlv.decode(identity_files.encode_identity(identity_of(person("an"), b""), "nl"))
    fields[identity_files.SURNAME] = b"\xff\xfe"
    with pytest.raises(IdentityFileError, match=r"surname .* is not UTF-8"):
        identity_files.parse_identity(tlv.encode(fields.items()))


def test_broken_address_file() -> None:
    with pytest.raises(IdentityFileError, match="no postal code"):
        identity_files.parse_address(b"\x01\x01a")
