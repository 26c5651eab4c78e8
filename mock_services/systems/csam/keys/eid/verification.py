"""Verify what the eID card sent: the signature over the challenge, and its certificate.

The certificate must chain to the trusted root through the citizen CA, be valid at the
world's time, be an authentication certificate, and not be on the citizen CA's CRL. Only
then is the national number in its subject believed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.x509.oid import NameOID


class EidVerificationError(Exception):
    """Base of every refusal; subclasses say why, so CSAM can explain it to the user."""


class MalformedCertificateError(EidVerificationError):
    pass


class SignatureInvalidError(EidVerificationError):
    pass


class UntrustedCertificateError(EidVerificationError):
    pass


class CertificateNotYetValidError(EidVerificationError):
    pass


class CertificateExpiredError(EidVerificationError):
    pass


class CertificateRevokedError(EidVerificationError):
    pass


class RevocationUnknownError(EidVerificationError):
    pass


class NotAnAuthenticationCertificateError(EidVerificationError):
    pass


@dataclass(frozen=True)
class VerifiedCitizen:
    national_number: str
    given_names: str
    surname: str
    certificate: x509.Certificate


@dataclass(frozen=True)
class TrustAnchors:
    root: x509.Certificate
    citizen_ca: x509.Certificate
    crl: x509.CertificateRevocationList


def _name(certificate: x509.Certificate, oid: x509.ObjectIdentifier) -> str:
    values = certificate.subject.get_attributes_for_oid(oid)
    if not values:
        raise MalformedCertificateError(f"the certificate's subject has no {oid._name}")
    return str(values[0].value)


def _check_validity(certificate: x509.Certificate, now: datetime, what: str) -> None:
    if now < certificate.not_valid_before_utc:
        raise CertificateNotYetValidError(
            f"{what} is valid from {certificate.not_valid_before_utc.isoformat()}"
        )
    if now > certificate.not_valid_after_utc:
        raise CertificateExpiredError(
            f"{what} expired on {certificate.not_valid_after_utc.isoformat()}"
        )


def _check_issued_by(certificate: x509.Certificate, issuer: x509.Certificate, what: str) -> None:
    try:
        certificate.verify_directly_issued_by(issuer)
    except (ValueError, TypeError, InvalidSignature) as error:
        raise UntrustedCertificateError(
            f"{what} ({certificate.issuer.rfc4514_string()}) was not issued by "
            f"{issuer.subject.rfc4514_string()}: {error or 'bad signature'}"
        ) from None


def _check_authentication_usage(certificate: x509.Certificate) -> None:
    try:
        usage = certificate.extensions.get_extension_for_class(x509.KeyUsage).value
    except x509.ExtensionNotFound:
        raise NotAnAuthenticationCertificateError("the certificate has no key usage") from None
    if not usage.digital_signature or usage.content_commitment:
        raise NotAnAuthenticationCertificateError(
            "the certificate is not an authentication certificate (key usage)"
        )


def _check_revocation(certificate: x509.Certificate, anchors: TrustAnchors, now: datetime) -> None:
    crl = anchors.crl
    if not crl.is_signature_valid(anchors.citizen_ca.public_key()):  # type: ignore[arg-type]
        raise RevocationUnknownError("the CRL is not signed by the citizen CA")
    if crl.next_update_utc is not None and now > crl.next_update_utc:
        raise RevocationUnknownError(f"the CRL is out of date since {crl.next_update_utc}")
    revoked = crl.get_revoked_certificate_by_serial_number(certificate.serial_number)
    if revoked is not None:
        raise CertificateRevokedError(
            f"certificate {certificate.serial_number:x} was revoked on "
            f"{revoked.revocation_date_utc.isoformat()}"
        )


def _check_signature(certificate: x509.Certificate, signed: bytes, signature: bytes) -> None:
    public_key = certificate.public_key()
    if not isinstance(public_key, rsa.RSAPublicKey):
        raise MalformedCertificateError("the certificate does not hold an RSA key")
    try:
        public_key.verify(signature, signed, padding.PKCS1v15(), hashes.SHA256())
    except InvalidSignature:
        raise SignatureInvalidError(
            "the signature does not match the challenge and the certificate's key"
        ) from None


def load_certificate(der: bytes) -> x509.Certificate:
    try:
        return x509.load_der_x509_certificate(der)
    except ValueError as error:
        raise MalformedCertificateError(f"not a DER certificate: {error}") from None


def verify_login(
    certificate: x509.Certificate,
    signed: bytes,
    signature: bytes,
    anchors: TrustAnchors,
    now: datetime,
) -> VerifiedCitizen:
    """The citizen whose card signed ``signed``, or an EidVerificationError saying why not."""
    _check_issued_by(anchors.citizen_ca, anchors.root, "the citizen CA")
    _check_issued_by(certificate, anchors.citizen_ca, "the certificate")
    _check_signature(certificate, signed, signature)
    _check_authentication_usage(certificate)
    _check_validity(anchors.citizen_ca, now, "the citizen CA")
    _check_validity(certificate, now, "the certificate")
    _check_revocation(certificate, anchors, now)
    return VerifiedCitizen(
        national_number=_name(certificate, NameOID.SERIAL_NUMBER),
        given_names=_name(certificate, NameOID.GIVEN_NAME),
        surname=_name(certificate, NameOID.SURNAME),
        certificate=certificate,
    )
