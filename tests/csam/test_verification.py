"""CSAM's checks of an eID login, on their own: signature, chain, dates, revocation."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.x509.oid import NameOID

from mock_services.smartcard import eid_pki
from mock_services.smartcard.eid_pki import KeyRole, credentials
from mock_services.systems.csam.keys.eid.verification import (
    CertificateExpiredError,
    CertificateRevokedError,
    NotAnAuthenticationCertificateError,
    RevocationUnknownError,
    SignatureInvalidError,
    TrustAnchors,
    UntrustedCertificateError,
    verify_login,
)

NOW = datetime(2026, 3, 2, 8, 30, tzinfo=UTC)
CHALLENGE = bytes(range(32))


def anchors() -> TrustAnchors:
    return TrustAnchors(eid_pki.root_ca(), eid_pki.citizen_ca(), eid_pki.citizen_ca_crl())


def sign(key: rsa.RSAPrivateKey, data: bytes) -> bytes:
    return key.sign(data, padding.PKCS1v15(), hashes.SHA256())


def card_answer(
    person: str, role: KeyRole = KeyRole.AUTHENTICATION
) -> tuple[x509.Certificate, bytes]:
    pair = credentials(person, role)
    return pair.certificate, sign(pair.key, CHALLENGE)


def test_a_valid_card_gives_the_national_number_from_its_certificate() -> None:
    certificate, signature = card_answer("an")
    citizen = verify_login(certificate, CHALLENGE, signature, anchors(), NOW)
    assert citizen.national_number == "85041722412"
    assert (citizen.given_names, citizen.surname) == ("An Marie", "Peeters")


def test_a_forged_signature_is_refused() -> None:
    certificate, signature = card_answer("an")
    forged = bytes([signature[0] ^ 0x01]) + signature[1:]
    with pytest.raises(SignatureInvalidError):
        verify_login(certificate, CHALLENGE, forged, anchors(), NOW)


def test_a_signature_by_another_card_is_refused() -> None:
    certificate, _ = card_answer("an")
    _, dirks_signature = card_answer("dirk")
    with pytest.raises(SignatureInvalidError):
        verify_login(certificate, CHALLENGE, dirks_signature, anchors(), NOW)


def test_a_signature_over_another_challenge_is_refused() -> None:
    certificate, signature = card_answer("an")
    with pytest.raises(SignatureInvalidError):
        verify_login(certificate, b"another challenge", signature, anchors(), NOW)


def test_an_expired_certificate_is_refused() -> None:
    certificate, signature = card_answer("chloe")
    with pytest.raises(CertificateExpiredError, match="expired on 2025-09-01"):
        verify_login(certificate, CHALLENGE, signature, anchors(), NOW)


def test_a_revoked_certificate_is_refused() -> None:
    certificate, signature = card_answer("bram")
    with pytest.raises(CertificateRevokedError, match="was revoked"):
        verify_login(certificate, CHALLENGE, signature, anchors(), NOW)


def test_the_signature_key_cannot_be_used_to_log_in() -> None:
    certificate, signature = card_answer("an", KeyRole.SIGNATURE)
    with pytest.raises(NotAnAuthenticationCertificateError):
        verify_login(certificate, CHALLENGE, signature, anchors(), NOW)


def test_an_out_of_date_crl_leaves_revocation_unknown() -> None:
    certificate, signature = card_answer("an")
    with pytest.raises(RevocationUnknownError, match="out of date"):
        verify_login(certificate, CHALLENGE, signature, anchors(), datetime(2027, 6, 1, tzinfo=UTC))


def _foreign_certificate() -> tuple[x509.Certificate, rsa.RSAPrivateKey]:
    """A look-alike of An's certificate, issued by a CA that is not the Belgian citizen CA."""
    ca_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    ca_name = eid_pki.citizen_ca().subject  # same name, other key: a classic forgery
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    genuine = credentials("an", KeyRole.AUTHENTICATION).certificate
    certificate = (
        x509.CertificateBuilder()
        .subject_name(genuine.subject)
        .issuer_name(ca_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(NOW - timedelta(days=1))
        .not_valid_after(NOW + timedelta(days=365))
        .add_extension(genuine.extensions.get_extension_for_class(x509.KeyUsage).value, True)
        .sign(ca_key, hashes.SHA256())
    )
    assert certificate.subject.get_attributes_for_oid(NameOID.SERIAL_NUMBER)
    return certificate, key


def test_a_certificate_from_another_ca_is_refused() -> None:
    certificate, key = _foreign_certificate()
    with pytest.raises(UntrustedCertificateError, match="was not issued by"):
        verify_login(certificate, CHALLENGE, sign(key, CHALLENGE), anchors(), NOW)
