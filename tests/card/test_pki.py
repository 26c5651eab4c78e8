"""The committed test PKI: chain, subjects, validity dates and revocation."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.x509.oid import NameOID

from mock_services.smartcard import eid_pki
from mock_services.smartcard.eid_pki import KeyRole
from mock_services.world import DEFAULT_START
from mock_services.world.people import persons

PERSONS = list(persons())


def issued_by(certificate: x509.Certificate, issuer: x509.Certificate) -> bool:
    key = issuer.public_key()
    assert isinstance(key, rsa.RSAPublicKey)
    assert certificate.signature_hash_algorithm is not None
    key.verify(
        certificate.signature,
        certificate.tbs_certificate_bytes,
        padding.PKCS1v15(),
        certificate.signature_hash_algorithm,
    )
    return certificate.issuer == issuer.subject


def test_ca_chain() -> None:
    root, citizen_ca, rrn = eid_pki.root_ca(), eid_pki.citizen_ca(), eid_pki.rrn_certificate()
    assert issued_by(root, root)
    assert issued_by(citizen_ca, root)
    assert issued_by(rrn, root)
    for certificate in (root, citizen_ca, rrn):
        assert "TEST" in certificate.subject.rfc4514_string()


@pytest.mark.parametrize("person_id", PERSONS)
@pytest.mark.parametrize("role", list(KeyRole))
def test_person_certificates(person_id: str, role: KeyRole) -> None:
    someone = persons()[person_id]
    credentials = eid_pki.credentials(person_id, role)
    certificate = credentials.certificate
    assert issued_by(certificate, eid_pki.citizen_ca())
    suffix = "Authentication" if role is KeyRole.AUTHENTICATION else "Signature"
    subject = certificate.subject
    assert subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value == (
        f"{someone.first_given_name} {someone.surname} ({suffix})"
    )
    assert subject.get_attributes_for_oid(NameOID.SURNAME)[0].value == someone.surname
    assert subject.get_attributes_for_oid(NameOID.GIVEN_NAME)[0].value == someone.given_names
    assert subject.get_attributes_for_oid(NameOID.SERIAL_NUMBER)[0].value == (
        someone.national_number
    )
    assert subject.get_attributes_for_oid(NameOID.COUNTRY_NAME)[0].value == "BE"
    assert certificate.not_valid_before_utc.date() == someone.card_valid_from
    assert certificate.not_valid_after_utc.date() == someone.card_valid_until
    usage = certificate.extensions.get_extension_for_class(x509.KeyUsage).value
    assert usage.digital_signature is (role is KeyRole.AUTHENTICATION)
    assert usage.content_commitment is (role is KeyRole.SIGNATURE)
    assert credentials.key.public_key() == certificate.public_key()


def test_validity_at_the_start_of_the_world() -> None:
    def valid(person_id: str) -> bool:
        certificate = eid_pki.credentials(person_id, KeyRole.AUTHENTICATION).certificate
        return certificate.not_valid_before_utc <= DEFAULT_START <= certificate.not_valid_after_utc

    assert {p: valid(p) for p in PERSONS} == {
        "an": True,
        "bram": True,
        "chloe": False,
        "dirk": True,
        "emma": True,
        "fatima": True,
        "lotte": True,
    }


def test_crl_revokes_exactly_the_revoked_cards() -> None:
    crl = eid_pki.citizen_ca_crl()
    key = eid_pki.citizen_ca().public_key()
    assert isinstance(key, rsa.RSAPublicKey)
    assert crl.is_signature_valid(key)
    assert crl.issuer == eid_pki.citizen_ca().subject
    assert crl.last_update_utc <= DEFAULT_START
    assert crl.next_update_utc is not None
    assert crl.next_update_utc > datetime(2026, 12, 31, tzinfo=UTC)
    revoked = {entry.serial_number for entry in crl}
    for person_id in PERSONS:
        for role in KeyRole:
            serial = eid_pki.credentials(person_id, role).certificate.serial_number
            assert (serial in revoked) is (persons()[person_id].card == "revoked")


def test_rrn_key_signs_for_its_certificate() -> None:
    signature = eid_pki.rrn_key().sign(b"data", padding.PKCS1v15(), hashes.SHA256())
    key = eid_pki.rrn_certificate().public_key()
    assert isinstance(key, rsa.RSAPublicKey)
    key.verify(signature, b"data", padding.PKCS1v15(), hashes.SHA256())


def test_missing_file_says_how_to_make_it() -> None:
    with pytest.raises(eid_pki.MissingPkiFileError, match=r"scripts/make_test_pki\.py"):
        eid_pki.certificate("nobody")
