"""Verify what the eID card sent for a login: the authentication case of the shared eID rules.

The signature over the challenge must match the certificate's key; the certificate must chain
to the trusted root through the citizen CA, be valid at the world's time, be an
authentication certificate and not be on the citizen CA's CRL (``smartcard.eid_verification``,
which itsme's contract signature uses with the signature key). Only then is the national
number in its subject believed.
"""

from __future__ import annotations

import hashlib
from datetime import datetime

from cryptography import x509

from mock_services.smartcard.eid_pki import KeyRole
from mock_services.smartcard.eid_verification import (
    CertificateExpiredError,
    CertificateNotYetValidError,
    CertificateRevokedError,
    MalformedCertificateError,
    RevocationUnknownError,
    SignatureInvalidError,
    TrustAnchors,
    UntrustedCertificateError,
    load_certificate,
    verify_signed_hash,
)
from mock_services.smartcard.eid_verification import EidSignatureError as EidVerificationError
from mock_services.smartcard.eid_verification import SignedBy as VerifiedCitizen
from mock_services.smartcard.eid_verification import (
    WrongKeyError as NotAnAuthenticationCertificateError,
)

__all__ = [
    "CertificateExpiredError",
    "CertificateNotYetValidError",
    "CertificateRevokedError",
    "EidVerificationError",
    "MalformedCertificateError",
    "NotAnAuthenticationCertificateError",
    "RevocationUnknownError",
    "SignatureInvalidError",
    "TrustAnchors",
    "UntrustedCertificateError",
    "VerifiedCitizen",
    "load_certificate",
    "verify_login",
]


def verify_login(
    certificate: x509.Certificate,
    signed: bytes,
    signature: bytes,
    anchors: TrustAnchors,
    now: datetime,
) -> VerifiedCitizen:
    """The citizen whose card signed ``signed`` (SHA-256, PKCS#1 v1.5) with its authentication
    key, or an EidVerificationError saying why not."""
    return verify_signed_hash(
        certificate,
        hashlib.sha256(signed).digest(),
        signature,
        role=KeyRole.AUTHENTICATION,
        anchors=anchors,
        now=now,
    )
