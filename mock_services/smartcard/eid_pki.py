"""The test PKI of the Belgian eID, as committed in ``testdata/pki`` (see scripts/make_test_pki.py).

A test root CA signs the citizen CA and the RRN (national register) certificate; the citizen
CA signs every person's authentication and signature certificate and publishes a CRL that
revokes the certificates of people whose card is ``revoked``. The card, the eID middleware
and CSAM all read the same files through this module.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

ROOT_CA = "root-ca"
CITIZEN_CA = "citizen-ca"
RRN = "rrn"


class KeyRole(StrEnum):
    """The two key pairs on a Belgian eID card."""

    AUTHENTICATION = "authentication"
    SIGNATURE = "signature"


class MissingPkiFileError(FileNotFoundError):
    def __init__(self, name: str) -> None:
        super().__init__(
            f"test PKI file {name!r} is missing from mock_services/testdata/pki; "
            "run scripts/make_test_pki.py"
        )


def pki_dir() -> Traversable:
    return resources.files("mock_services") / "testdata" / "pki"


def certificate_name(owner: str) -> str:
    """File name of a certificate: ``root-ca.crt.pem``, ``an.authentication.crt.pem``, …"""
    return f"{owner}.crt.pem"


def key_name(owner: str) -> str:
    return f"{owner}.key.pem"


def person_owner(person_id: str, role: KeyRole) -> str:
    return f"{person_id}.{role.value}"


CRL_NAME = "citizen-ca.crl.pem"


def _read(name: str) -> bytes:
    path = pki_dir() / name
    if not path.is_file():
        raise MissingPkiFileError(name)
    return path.read_bytes()


@cache
def certificate(owner: str) -> x509.Certificate:
    return x509.load_pem_x509_certificate(_read(certificate_name(owner)))


@cache
def private_key(owner: str) -> rsa.RSAPrivateKey:
    key = serialization.load_pem_private_key(_read(key_name(owner)), password=None)
    if not isinstance(key, rsa.RSAPrivateKey):
        raise TypeError(f"{key_name(owner)} does not hold an RSA private key")
    return key


def root_ca() -> x509.Certificate:
    return certificate(ROOT_CA)


def citizen_ca() -> x509.Certificate:
    return certificate(CITIZEN_CA)


def rrn_certificate() -> x509.Certificate:
    return certificate(RRN)


def rrn_key() -> rsa.RSAPrivateKey:
    return private_key(RRN)


@cache
def citizen_ca_crl() -> x509.CertificateRevocationList:
    """Revocation data: the CRL the citizen CA published (committed, so runs agree)."""
    return x509.load_pem_x509_crl(_read(CRL_NAME))


@dataclass(frozen=True)
class Credentials:
    """One key pair of one person: the certificate and the private key the card holds."""

    certificate: x509.Certificate
    key: rsa.RSAPrivateKey


def credentials(person_id: str, role: KeyRole) -> Credentials:
    owner = person_owner(person_id, role)
    return Credentials(certificate=certificate(owner), key=private_key(owner))
