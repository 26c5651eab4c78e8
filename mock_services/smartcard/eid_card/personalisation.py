"""Personalising a card: every file, key and number of one person's eID, from the test data.

Identity and address files are made from persons.toml and signed with the RRN key the way
the national register signs them: the identity signature over the identity file, the
address signature over the address file followed by the identity signature.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding

from mock_services.smartcard import eid_pki
from mock_services.smartcard.belpic import identity_files, layout
from mock_services.smartcard.belpic.identity_files import Address, Identity
from mock_services.smartcard.eid_card import pkcs15
from mock_services.smartcard.eid_card.filesystem import FileSystem
from mock_services.smartcard.eid_pki import KeyRole
from mock_services.world.people import Person, person

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric import rsa

# GET CARD DATA after the chip serial number: component code, OS number and version,
# softmask number and version, applet version, global OS version (2 bytes), applet
# interface version, PKCS#1 support, key exchange version, applet life cycle (0F: issued).
CARD_DATA_TAIL = bytes((0x23, 0x55, 0x01, 0x01, 0x01, layout.APPLET_VERSION, 0x00, 0x03))
CARD_DATA_TAIL += bytes((0x01, 0x01, 0x00, 0x0F))


@dataclass(frozen=True)
class CardImage:
    """What the card holds when it leaves the factory: files, keys, PIN and PUK."""

    person_id: str
    files: FileSystem
    card_data: bytes
    keys: dict[layout.KeyReference, rsa.RSAPrivateKey]
    pin: str
    puk: str


def chip_number(card_number: str) -> bytes:
    """The chip's 16-byte serial number, fixed per card."""
    return hashlib.sha256(f"persopoint-chip:{card_number}".encode()).digest()[:16]


def photo(person_id: str) -> bytes:
    path = resources.files("mock_services") / "testdata" / "photos" / f"{person_id}.jpg"
    if not path.is_file():
        raise FileNotFoundError(
            f"no ID photo for {person_id!r} in mock_services/testdata/photos; "
            "run scripts/make_test_photos.py"
        )
    return path.read_bytes()


def identity_of(someone: Person, jpeg: bytes) -> Identity:
    given_names, third_initial = identity_files.split_given_names(someone.given_names)
    return Identity(
        card_number=someone.card_number,
        chip_number=chip_number(someone.card_number),
        card_valid_from=someone.card_valid_from,
        card_valid_until=someone.card_valid_until,
        issuing_municipality=someone.municipality,
        national_number=someone.national_number,
        surname=someone.surname,
        given_names=given_names,
        third_given_name_initial=third_initial,
        nationality=someone.nationality,
        birth_place=someone.birth_place,
        birth_date=someone.birth_date,
        sex=someone.sex,
        noble_condition="",
        document_type=identity_files.DOCUMENT_TYPE_BELGIAN_CITIZEN,
        special_status=identity_files.NO_SPECIAL_STATUS,
        photo_hash=hashlib.sha256(jpeg).digest(),
    )


def address_of(someone: Person) -> Address:
    return Address(someone.street, someone.postal_code, someone.municipality)


def rrn_sign(data: bytes) -> bytes:
    return eid_pki.rrn_key().sign(data, padding.PKCS1v15(), hashes.SHA256())


def _der(certificate_owner: str) -> bytes:
    return eid_pki.certificate(certificate_owner).public_bytes(serialization.Encoding.DER)


@cache
def personalise(person_id: str) -> CardImage:
    """The card image of a test person (cached: it never changes for a given test data)."""
    someone = person(person_id)
    jpeg = photo(someone.id)
    language = identity_files.card_language(someone.postal_code)
    id_file = identity_files.encode_identity(identity_of(someone, jpeg), language)
    id_signature = rrn_sign(id_file)
    address_file = identity_files.encode_address(address_of(someone))
    address_signature = rrn_sign(address_file + id_signature)
    authentication = eid_pki.credentials(someone.id, KeyRole.AUTHENTICATION)
    signature = eid_pki.credentials(someone.id, KeyRole.SIGNATURE)
    chip = chip_number(someone.card_number)
    files = {
        layout.EF_DIR: pkcs15.ef_dir(),
        layout.ODF: pkcs15.odf(),
        layout.TOKEN_INFO: pkcs15.token_info(chip),
        layout.AODF: pkcs15.aodf(),
        layout.PRKDF: pkcs15.prkdf(),
        layout.CDF: pkcs15.cdf(),
        layout.CERT_AUTHENTICATION: authentication.certificate.public_bytes(
            serialization.Encoding.DER
        ),
        layout.CERT_SIGNATURE: signature.certificate.public_bytes(serialization.Encoding.DER),
        layout.CERT_CA: _der(eid_pki.CITIZEN_CA),
        layout.CERT_ROOT: _der(eid_pki.ROOT_CA),
        layout.CERT_RRN: _der(eid_pki.RRN),
        layout.ID_FILE: id_file,
        layout.ID_SIGNATURE: id_signature,
        layout.ADDRESS_FILE: address_file,
        layout.ADDRESS_SIGNATURE: address_signature,
        layout.PHOTO: jpeg,
    }
    return CardImage(
        person_id=someone.id,
        files=FileSystem(files, aids={layout.DF_BELPIC: layout.PKCS15_AID}),
        card_data=chip + CARD_DATA_TAIL,
        keys={
            layout.KeyReference.AUTHENTICATION: authentication.key,
            layout.KeyReference.NON_REPUDIATION: signature.key,
        },
        pin=someone.pin,
        puk=someone.puk,
    )
