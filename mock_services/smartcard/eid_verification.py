"""What a relying party checks before it believes a signature made by a Belgian eID card.

The signature must match the certificate's key; the certificate must chain to the trusted
root through the citizen CA, be valid at the world's time, be the card's certificate for the
expected key (authentication, or the non-repudiation key of qualified signatures) and not be
on the citizen CA's CRL. Only then is the national number in its subject believed.

CSAM's login checks (``systems/csam/keys/eid/verification.py``) are the authentication case
of the same rules; itsme's contract signature is the signature case.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import cache

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa, utils
from cryptography.x509.oid import NameOID

from mock_services.smartcard import eid_pki
from mock_services.smartcard.eid_pki import KeyRole


class EidSignatureError(Exception):
    """Base of every refusal; subclasses say why, so the relying party can explain it."""


class MalformedCertificateError(EidSignatureError):
    pass


class SignatureInvalidError(EidSignatureError):
    pass


class UntrustedCertificateError(EidSignatureError):
    pass


class CertificateNotYetValidError(EidSignatureError):
    pass


class CertificateExpiredError(EidSignatureError):
    pass


class CertificateRevokedError(EidSignatureError):
    pass


class RevocationUnknownError(EidSignatureError):
    pass


class WrongKeyError(EidSignatureError):
    """The certificate is not the one of the key the relying party asked for."""


@dataclass(frozen=True)
class TrustAnchors:
    root: x509.Certificate
    citizen_ca: x509.Certificate
    crl: x509.CertificateRevocationList


@cache
def world_trust_anchors() -> TrustAnchors:
    """The test root, citizen CA and CRL of the simulated world."""
    return TrustAnchors(eid_pki.root_ca(), eid_pki.citizen_ca(), eid_pki.citizen_ca_crl())


@dataclass(frozen=True)
class SignedBy:
    """Who signed, as the certificate says."""

    national_number: str
    given_names: str
    surname: str
    certificate: x509.Certificate


def load_certificate(der: bytes) -> x509.Certificate:
    try:
        return x509.load_der_x509_certificate(der)
    except ValueError as error:
        raise MalformedCertificateError(f"not a DER certificate: {error}") from None


def _name(certificate: x509.Certificate, oid: x509.ObjectIdentifier) -> str:
    values = certificate.subject.get_attributes_for_oid(oid)
    if not values:
        raise MalformedCertificateError(f"the certificate's subject has no {oid._name}")
    return str(values[0].value)


def _check_issued_by(certificate: x509.Certificate, issuer: x509.Certificate, what: str) -> None:
    try:
        certificate.verify_directly_issued_by(issuer)
    except (ValueError, TypeError, InvalidSignature) as error:
        raise UntrustedCertificateError(
            f"{what} ({certificate.issuer.rfc4514_string()}) was not issued by "
            f"{issuer.subject.rfc4514_string()}: {error or 'bad signature'}"
        ) from None


def _check_validity(certificate: x509.Certificate, now: datetime, what: str) -> None:
    if now < certificate.not_valid_before_utc:
        raise CertificateNotYetValidError(
            f"{what} is valid from {certificate.not_valid_before_utc.isoformat()}"
        )
    if now > certificate.not_valid_after_utc:
        raise CertificateExpiredError(
            f"{what} expired on {certificate.not_valid_after_utc.isoformat()}"
        )


def _check_key(certificate: x509.Certificate, role: KeyRole) -> None:
    """Authentication: digital signature without non-repudiation; signature: non-repudiation."""
    try:
        usage = certificate.extensions.get_extension_for_class(x509.KeyUsage).value
    except x509.ExtensionNotFound:
        raise WrongKeyError("the certificate has no key usage") from None
    if role is KeyRole.SIGNATURE:
        fits = usage.content_commitment
    else:
        fits = usage.digital_signature and not usage.content_commitment
    if not fits:
        raise WrongKeyError(f"the certificate is not the card's {role.value} certificate")


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


def _check_signature(certificate: x509.Certificate, digest: bytes, signature: bytes) -> None:
    public_key = certificate.public_key()
    if not isinstance(public_key, rsa.RSAPublicKey):
        raise MalformedCertificateError("the certificate does not hold an RSA key")
    try:
        public_key.verify(signature, digest, padding.PKCS1v15(), utils.Prehashed(hashes.SHA256()))
    except (InvalidSignature, ValueError):
        raise SignatureInvalidError(
            "the signature does not match the hash and the certificate's key"
        ) from None


def verify_signed_hash(
    certificate: x509.Certificate,
    digest: bytes,
    signature: bytes,
    *,
    role: KeyRole,
    anchors: TrustAnchors,
    now: datetime,
) -> SignedBy:
    """Who signed the SHA-256 ``digest`` with the card's ``role`` key (RSA PKCS#1 v1.5), or
    an ``EidSignatureError`` saying why the signature is not believed."""
    _check_issued_by(anchors.citizen_ca, anchors.root, "the citizen CA")
    _check_issued_by(certificate, anchors.citizen_ca, "the certificate")
    _check_signature(certificate, digest, signature)
    _check_key(certificate, role)
    _check_validity(anchors.citizen_ca, now, "the citizen CA")
    _check_validity(certificate, now, "the certificate")
    _check_revocation(certificate, anchors, now)
    return SignedBy(
        national_number=_name(certificate, NameOID.SERIAL_NUMBER),
        given_names=_name(certificate, NameOID.GIVEN_NAME),
        surname=_name(certificate, NameOID.SURNAME),
        certificate=certificate,
    )
