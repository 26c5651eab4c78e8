"""Every person's card holds consistent files, keys and signatures from the test data."""

from __future__ import annotations

import hashlib

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from mock_services.smartcard import eid_pki
from mock_services.smartcard.belpic import identity_files, layout
from mock_services.smartcard.eid_card.filesystem import ElementaryFile
from mock_services.smartcard.eid_card.personalisation import personalise
from mock_services.world.people import persons

PERSONS = list(persons())


def content(person_id: str, path: bytes) -> bytes:
    found = personalise(person_id).files.get(path)
    assert isinstance(found, ElementaryFile)
    return found.content


def rrn_verify(signature: bytes, data: bytes) -> None:
    key = eid_pki.rrn_certificate().public_key()
    assert isinstance(key, rsa.RSAPublicKey)
    key.verify(signature, data, padding.PKCS1v15(), hashes.SHA256())


@pytest.mark.parametrize("person_id", PERSONS)
def test_identity_and_address_are_signed_by_the_rrn(person_id: str) -> None:
    identity = content(person_id, layout.ID_FILE)
    identity_signature = content(person_id, layout.ID_SIGNATURE)
    rrn_verify(identity_signature, identity)
    rrn_verify(
        content(person_id, layout.ADDRESS_SIGNATURE),
        content(person_id, layout.ADDRESS_FILE) + identity_signature,
    )


@pytest.mark.parametrize("person_id", PERSONS)
def test_identity_matches_the_person_and_the_photo(person_id: str) -> None:
    someone = persons()[person_id]
    identity = identity_files.parse_identity(content(person_id, layout.ID_FILE))
    assert identity.national_number == someone.national_number
    assert identity.surname == someone.surname
    assert identity.birth_date == someone.birth_date
    assert identity.card_valid_until == someone.card_valid_until
    photo = content(person_id, layout.PHOTO)
    assert photo.startswith(b"\xff\xd8")  # JPEG
    assert identity.photo_hash == hashlib.sha256(photo).digest()
    address = identity_files.parse_address(content(person_id, layout.ADDRESS_FILE))
    assert address.postal_code == someone.postal_code


@pytest.mark.parametrize("person_id", PERSONS)
def test_keys_match_the_certificates_on_the_card(person_id: str) -> None:
    image = personalise(person_id)
    for reference, path in (
        (layout.KeyReference.AUTHENTICATION, layout.CERT_AUTHENTICATION),
        (layout.KeyReference.NON_REPUDIATION, layout.CERT_SIGNATURE),
    ):
        certificate = x509.load_der_x509_certificate(content(person_id, path))
        assert certificate.public_key() == image.keys[reference].public_key()
    assert len(image.card_data) == layout.CARD_DATA_LENGTH
    assert (
        image.card_data[:16]
        == identity_files.parse_identity(content(person_id, layout.ID_FILE)).chip_number
    )


def test_cards_are_the_same_run_after_run() -> None:
    personalise.cache_clear()
    first = {f.path: f.content for f in personalise("emma").files.elementary_files()}
    personalise.cache_clear()
    second = {f.path: f.content for f in personalise("emma").files.elementary_files()}
    assert first == second
