"""The contract's signature: the card's signature key over the contract's SHA-256, and only
that key, on a valid, unrevoked card of the test PKI."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, utils

from mock_services.smartcard import eid_pki
from mock_services.smartcard.eid_pki import KeyRole
from mock_services.smartcard.eid_verification import (
    CertificateExpiredError,
    CertificateRevokedError,
    SignatureInvalidError,
    SignedBy,
    UntrustedCertificateError,
    WrongKeyError,
    verify_signed_hash,
    world_trust_anchors,
)
from mock_services.systems.itsme.user_contract import contract_for
from mock_services.world.people import person

NOW = datetime(2026, 3, 2, 8, 30, tzinfo=UTC)
CONTRACT = contract_for("enrolment-1", "+32475678901", "lotte.verstraeten@example.be", "nl")


def signed(person_id: str, key: KeyRole, digest: bytes = CONTRACT.digest) -> bytes:
    private = eid_pki.credentials(person_id, key).key
    return private.sign(digest, padding.PKCS1v15(), utils.Prehashed(hashes.SHA256()))


def certificate(person_id: str, key: KeyRole = KeyRole.SIGNATURE) -> x509.Certificate:
    return eid_pki.credentials(person_id, key).certificate


def verify(
    person_id: str, key: KeyRole, shown: KeyRole = KeyRole.SIGNATURE, now: datetime = NOW
) -> SignedBy:
    return verify_signed_hash(
        certificate(person_id, shown),
        CONTRACT.digest,
        signed(person_id, key),
        role=KeyRole.SIGNATURE,
        anchors=world_trust_anchors(),
        now=now,
    )


def test_the_signature_key_signs_the_contract() -> None:
    signer = verify("lotte", KeyRole.SIGNATURE)
    assert signer.national_number == person("lotte").national_number
    assert (signer.given_names, signer.surname) == ("Lotte", "Verstraeten")


def test_a_signature_made_with_the_authentication_key_is_refused() -> None:
    # The authentication key's signature with its own certificate: the wrong key.
    with pytest.raises(WrongKeyError, match="not the card's signature certificate"):
        verify("lotte", KeyRole.AUTHENTICATION, shown=KeyRole.AUTHENTICATION)
    # The authentication key's signature sent with the signature certificate: no match.
    with pytest.raises(SignatureInvalidError):
        verify("lotte", KeyRole.AUTHENTICATION, shown=KeyRole.SIGNATURE)


def test_the_signature_holds_for_this_contract_only() -> None:
    other = contract_for("enrolment-2", "+32475678901", "lotte.verstraeten@example.be", "nl")
    with pytest.raises(SignatureInvalidError):
        verify_signed_hash(
            certificate("lotte"),
            other.digest,
            signed("lotte", KeyRole.SIGNATURE),
            role=KeyRole.SIGNATURE,
            anchors=world_trust_anchors(),
            now=NOW,
        )


def test_a_revoked_card_is_refused() -> None:
    with pytest.raises(CertificateRevokedError):
        verify("bram", KeyRole.SIGNATURE)


def test_an_expired_card_is_refused_on_the_world_clock() -> None:
    with pytest.raises(CertificateExpiredError):
        verify("chloe", KeyRole.SIGNATURE)
    # Lotte's card expires on 2 October 2033.
    with pytest.raises(CertificateExpiredError):
        verify("lotte", KeyRole.SIGNATURE, now=datetime(2033, 10, 3, tzinfo=UTC))


def test_a_certificate_outside_the_test_pki_is_refused() -> None:
    with pytest.raises(UntrustedCertificateError):
        verify_signed_hash(
            eid_pki.rrn_certificate(),
            CONTRACT.digest,
            eid_pki.rrn_key().sign(
                CONTRACT.digest, padding.PKCS1v15(), utils.Prehashed(hashes.SHA256())
            ),
            role=KeyRole.SIGNATURE,
            anchors=world_trust_anchors(),
            now=NOW,
        )


def test_the_contract_document_is_what_is_hashed() -> None:
    assert CONTRACT.text.startswith("Gebruikersovereenkomst itsme\nVersie: ")
    assert "Registratie: enrolment-1" in CONTRACT.text
    assert "E-mailadres: lotte.verstraeten@example.be" in CONTRACT.text
    assert (
        CONTRACT.digest
        == contract_for("enrolment-1", "+32475678901", "lotte.verstraeten@example.be", "nl").digest
    )
