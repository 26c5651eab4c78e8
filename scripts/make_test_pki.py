#!/usr/bin/env python3
"""Make the test PKI of the virtual Belgian eID cards into mock_services/testdata/pki.

    .venv/bin/python scripts/make_test_pki.py [--new-keys]

Keys are made once and then reused, so that running the script again gives the same bytes:
certificates and the CRL are built from fixed dates, fixed serial numbers and PKCS#1 v1.5
signatures, which are deterministic. Every key is a throw-away test key; every CA name says
TEST. Certificates follow each person's card validity (persons.toml), like real eID
certificates, which expire with the card.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from datetime import UTC, date, datetime, time
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from mock_services.smartcard import eid_pki  # noqa: E402
from mock_services.smartcard.eid_pki import CITIZEN_CA, ROOT_CA, RRN, KeyRole  # noqa: E402
from mock_services.world.people import Person, persons  # noqa: E402

OUT = ROOT / "mock_services" / "testdata" / "pki"
KEY_BITS = 2048

ROOT_VALIDITY = (datetime(2010, 1, 1, tzinfo=UTC), datetime(2045, 1, 1, tzinfo=UTC))
CA_VALIDITY = (datetime(2014, 1, 1, tzinfo=UTC), datetime(2040, 1, 1, tzinfo=UTC))
CRL_THIS_UPDATE = datetime(2026, 3, 1, tzinfo=UTC)
CRL_NEXT_UPDATE = datetime(2027, 3, 1, tzinfo=UTC)
REVOKED_AT = datetime(2026, 2, 14, 10, 0, tzinfo=UTC)
CRL_URL = "http://crl.eid-test.invalid/citizenca-test.crl"

# The certificate policies of the Belgian eID: one for authentication, one for signatures.
POLICY = {
    KeyRole.AUTHENTICATION: x509.ObjectIdentifier("2.16.56.12.1.1.2.2"),
    KeyRole.SIGNATURE: x509.ObjectIdentifier("2.16.56.12.1.1.2.1"),
}
CN_SUFFIX = {KeyRole.AUTHENTICATION: "Authentication", KeyRole.SIGNATURE: "Signature"}


def name(*attributes: tuple[x509.ObjectIdentifier, str]) -> x509.Name:
    return x509.Name([x509.NameAttribute(oid, value) for oid, value in attributes])


ROOT_NAME = name((NameOID.COUNTRY_NAME, "BE"), (NameOID.COMMON_NAME, "Belgium TEST Root CA"))
CITIZEN_CA_NAME = name(
    (NameOID.COUNTRY_NAME, "BE"),
    (NameOID.COMMON_NAME, "Citizen TEST CA"),
    (NameOID.SERIAL_NUMBER, "202601"),
)
RRN_NAME = name(
    (NameOID.COUNTRY_NAME, "BE"),
    (NameOID.ORGANIZATION_NAME, "RRN TEST"),
    (NameOID.COMMON_NAME, "RRN TEST"),
)


def serial_number(label: str) -> int:
    """A fixed, positive 127-bit serial number derived from what the certificate is for."""
    return (
        int.from_bytes(hashlib.sha256(f"persopoint-test-pki:{label}".encode()).digest()[:16]) >> 1
    )


def load_or_make_key(owner: str, *, new: bool) -> rsa.RSAPrivateKey:
    path = OUT / eid_pki.key_name(owner)
    if path.exists() and not new:
        key = serialization.load_pem_private_key(path.read_bytes(), password=None)
        assert isinstance(key, rsa.RSAPrivateKey)
        return key
    key = rsa.generate_private_key(public_exponent=65537, key_size=KEY_BITS)
    path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return key


def write_certificate(owner: str, certificate: x509.Certificate) -> None:
    path = OUT / eid_pki.certificate_name(owner)
    path.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))


def builder(
    subject: x509.Name,
    issuer: x509.Name,
    key: rsa.RSAPrivateKey,
    issuer_key: rsa.RSAPrivateKey,
    *,
    validity: tuple[datetime, datetime],
    label: str,
) -> x509.CertificateBuilder:
    return (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer)
        .public_key(key.public_key())
        .serial_number(serial_number(label))
        .not_valid_before(validity[0])
        .not_valid_after(validity[1])
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer_key.public_key()), False
        )
    )


def ca_usage() -> x509.KeyUsage:
    return x509.KeyUsage(
        digital_signature=False,
        content_commitment=False,
        key_encipherment=False,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=True,
        crl_sign=True,
        encipher_only=False,
        decipher_only=False,
    )


def leaf_usage(*, digital_signature: bool, non_repudiation: bool) -> x509.KeyUsage:
    return x509.KeyUsage(
        digital_signature=digital_signature,
        content_commitment=non_repudiation,
        key_encipherment=False,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=False,
        crl_sign=False,
        encipher_only=False,
        decipher_only=False,
    )


def day_start(day: date) -> datetime:
    return datetime.combine(day, time(0, 0), tzinfo=UTC)


def day_end(day: date) -> datetime:
    return datetime.combine(day, time(23, 59, 59), tzinfo=UTC)


def person_certificate(
    person: Person,
    role: KeyRole,
    key: rsa.RSAPrivateKey,
    ca_key: rsa.RSAPrivateKey,
) -> x509.Certificate:
    subject = name(
        (NameOID.COUNTRY_NAME, "BE"),
        (
            NameOID.COMMON_NAME,
            f"{person.first_given_name} {person.surname} ({CN_SUFFIX[role]})",
        ),
        (NameOID.SURNAME, person.surname),
        (NameOID.GIVEN_NAME, person.given_names),
        (NameOID.SERIAL_NUMBER, person.national_number),
    )
    validity = (day_start(person.card_valid_from), day_end(person.card_valid_until))
    usage = leaf_usage(
        digital_signature=role is KeyRole.AUTHENTICATION,
        non_repudiation=role is KeyRole.SIGNATURE,
    )
    return (
        builder(
            subject,
            CITIZEN_CA_NAME,
            key,
            ca_key,
            validity=validity,
            label=f"{person.id}.{role.value}",
        )
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), True)
        .add_extension(usage, True)
        .add_extension(
            x509.CertificatePolicies([x509.PolicyInformation(POLICY[role], None)]), False
        )
        .add_extension(
            x509.CRLDistributionPoints(
                [
                    x509.DistributionPoint(
                        [x509.UniformResourceIdentifier(CRL_URL)], None, None, None
                    )
                ]
            ),
            False,
        )
        .sign(ca_key, hashes.SHA256())
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument(
        "--new-keys", action="store_true", help="make new keys instead of reusing committed ones"
    )
    arguments = parser.parse_args(argv)
    OUT.mkdir(parents=True, exist_ok=True)

    root_key = load_or_make_key(ROOT_CA, new=arguments.new_keys)
    root = (
        builder(ROOT_NAME, ROOT_NAME, root_key, root_key, validity=ROOT_VALIDITY, label=ROOT_CA)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), True)
        .add_extension(ca_usage(), True)
        .sign(root_key, hashes.SHA256())
    )
    write_certificate(ROOT_CA, root)

    ca_key = load_or_make_key(CITIZEN_CA, new=arguments.new_keys)
    citizen_ca = (
        builder(
            CITIZEN_CA_NAME, ROOT_NAME, ca_key, root_key, validity=CA_VALIDITY, label=CITIZEN_CA
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), True)
        .add_extension(ca_usage(), True)
        .sign(root_key, hashes.SHA256())
    )
    write_certificate(CITIZEN_CA, citizen_ca)

    rrn_key = load_or_make_key(RRN, new=arguments.new_keys)
    rrn = (
        builder(RRN_NAME, ROOT_NAME, rrn_key, root_key, validity=CA_VALIDITY, label=RRN)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), True)
        .add_extension(leaf_usage(digital_signature=True, non_repudiation=True), True)
        .sign(root_key, hashes.SHA256())
    )
    write_certificate(RRN, rrn)

    crl = (
        x509.CertificateRevocationListBuilder()
        .issuer_name(CITIZEN_CA_NAME)
        .last_update(CRL_THIS_UPDATE)
        .next_update(CRL_NEXT_UPDATE)
        .add_extension(x509.CRLNumber(1), False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), False
        )
    )
    for person in persons().values():
        for role in KeyRole:
            owner = eid_pki.person_owner(person.id, role)
            key = load_or_make_key(owner, new=arguments.new_keys)
            certificate = person_certificate(person, role, key, ca_key)
            write_certificate(owner, certificate)
            if person.card == "revoked":
                crl = crl.add_revoked_certificate(
                    x509.RevokedCertificateBuilder()
                    .serial_number(certificate.serial_number)
                    .revocation_date(REVOKED_AT)
                    .add_extension(x509.CRLReason(x509.ReasonFlags.key_compromise), False)
                    .build()
                )
    signed_crl = crl.sign(ca_key, hashes.SHA256())
    (OUT / eid_pki.CRL_NAME).write_bytes(signed_crl.public_bytes(serialization.Encoding.PEM))
    print(f"test PKI written to {OUT.relative_to(ROOT)} ({len(persons())} persons)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
