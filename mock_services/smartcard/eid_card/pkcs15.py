"""The PKCS#15 files of the BELPIC application (DF00) and EF.DIR, as asn1crypto structures.

The ASN.1 follows PKCS#15 v1.1 / ISO 7816-15, trimmed to the fields a Belgian eID card
uses: one PIN (AODF), two RSA private keys (PrKDF) and the certificates (CDF), each pointing
at a file of DF00 by a path. OpenSC's PKCS#15 layer parses these files to find the keys.
"""

from __future__ import annotations

from dataclasses import dataclass

from asn1crypto import core

from mock_services.smartcard.belpic import layout

# -- ASN.1 structures ------------------------------------------------------------------


class Path(core.Sequence):
    _fields = [
        ("path", core.OctetString),
        ("index", core.Integer, {"optional": True}),
        ("length", core.Integer, {"implicit": 0, "optional": True}),
    ]


class CommonObjectFlags(core.BitString):
    _map = {0: "private", 1: "modifiable"}


class CommonObjectAttributes(core.Sequence):
    _fields = [
        ("label", core.UTF8String, {"optional": True}),
        ("flags", CommonObjectFlags, {"optional": True}),
        ("auth_id", core.OctetString, {"optional": True}),
        ("user_consent", core.Integer, {"optional": True}),
    ]


class KeyUsageFlags(core.BitString):
    _map = {
        0: "encrypt",
        1: "decrypt",
        2: "sign",
        3: "sign_recover",
        4: "wrap",
        5: "unwrap",
        6: "verify",
        7: "verify_recover",
        8: "derive",
        9: "non_repudiation",
    }


class KeyAccessFlags(core.BitString):
    _map = {
        0: "sensitive",
        1: "extractable",
        2: "always_sensitive",
        3: "never_extractable",
        4: "local",
    }


class CommonKeyAttributes(core.Sequence):
    _fields = [
        ("id", core.OctetString),
        ("usage", KeyUsageFlags),
        ("native", core.Boolean, {"default": True}),
        ("access_flags", KeyAccessFlags, {"optional": True}),
        ("key_reference", core.Integer, {"optional": True}),
    ]


class PrivateRsaKeyAttributes(core.Sequence):
    _fields = [
        ("value", Path),
        ("modulus_length", core.Integer),
    ]


class PrivateRsaKeyObject(core.Sequence):
    _fields = [
        ("common_object_attributes", CommonObjectAttributes),
        ("class_attributes", CommonKeyAttributes),
        ("type_attributes", PrivateRsaKeyAttributes, {"explicit": 1}),
    ]


class PrivateKeys(core.SequenceOf):
    """A PrKDF: private RSA key objects one after the other."""

    _child_spec = PrivateRsaKeyObject


class CommonCertificateAttributes(core.Sequence):
    _fields = [
        ("id", core.OctetString),
        ("authority", core.Boolean, {"default": False}),
    ]


class X509CertificateAttributes(core.Sequence):
    _fields = [("value", Path)]


class X509CertificateObject(core.Sequence):
    _fields = [
        ("common_object_attributes", CommonObjectAttributes),
        ("class_attributes", CommonCertificateAttributes),
        ("type_attributes", X509CertificateAttributes, {"explicit": 1}),
    ]


class Certificates(core.SequenceOf):
    _child_spec = X509CertificateObject


class PinFlags(core.BitString):
    _map = {
        0: "case_sensitive",
        1: "local",
        2: "change_disabled",
        3: "unblock_disabled",
        4: "initialized",
        5: "needs_padding",
        6: "unblocking_pin",
        7: "so_pin",
        8: "disable_allowed",
        9: "integrity_protected",
        10: "confidentiality_protected",
        11: "exchange_ref_data",
    }


class PinType(core.Enumerated):
    _map = {0: "bcd", 1: "ascii_numeric", 2: "utf8", 3: "half_nibble_bcd", 4: "iso9564_1"}


class PinAttributes(core.Sequence):
    _fields = [
        ("pin_flags", PinFlags),
        ("pin_type", PinType),
        ("min_length", core.Integer),
        ("stored_length", core.Integer),
        ("max_length", core.Integer, {"optional": True}),
        ("pin_reference", core.Integer, {"implicit": 0, "default": 0}),
        ("pad_char", core.OctetString, {"optional": True}),
        ("path", Path, {"optional": True}),
    ]


class CommonAuthenticationObjectAttributes(core.Sequence):
    _fields = [("auth_id", core.OctetString)]


class PinObject(core.Sequence):
    _fields = [
        ("common_object_attributes", CommonObjectAttributes),
        ("class_attributes", CommonAuthenticationObjectAttributes),
        ("type_attributes", PinAttributes, {"explicit": 1}),
    ]


class AuthObjects(core.SequenceOf):
    _child_spec = PinObject


class Pkcs15Objects(core.Choice):
    """One ODF entry: which directory file lists which kind of object."""

    _alternatives = [
        ("private_keys", Path, {"explicit": 0}),
        ("public_keys", Path, {"explicit": 1}),
        ("certificates", Path, {"explicit": 4}),
        ("trusted_certificates", Path, {"explicit": 5}),
        ("data_objects", Path, {"explicit": 7}),
        ("auth_objects", Path, {"explicit": 8}),
    ]


class ObjectDirectory(core.SequenceOf):
    _child_spec = Pkcs15Objects


class TokenFlags(core.BitString):
    _map = {0: "readonly", 1: "login_required", 2: "prn_generation", 3: "eid_compliant"}


class TokenInfo(core.Sequence):
    _fields = [
        ("version", core.Integer),
        ("serial_number", core.OctetString),
        ("manufacturer_id", core.UTF8String, {"optional": True}),
        ("label", core.UTF8String, {"implicit": 0, "optional": True}),
        ("token_flags", TokenFlags),
    ]


class DirRecord(core.Sequence):
    """An EF.DIR record: [APPLICATION 1] with the AID, label and path of an application."""

    class_ = 1
    tag = 1
    _fields = [
        ("aid", core.OctetString, {"implicit": ("application", 15)}),
        ("label", core.UTF8String, {"implicit": ("application", 16)}),
        ("path", core.OctetString, {"implicit": ("application", 17)}),
    ]


# -- The files of a BELPIC card ------------------------------------------------------


def _relative(path: bytes) -> bytes:
    """The file identifier of a DF00 file, as the ODF of a real card gives it."""
    return path[len(layout.DF_BELPIC) :]


PIN_AUTH_ID = b"\x01"


@dataclass(frozen=True)
class CertificateEntry:
    label: str
    id: bytes
    path: bytes
    authority: bool


CERTIFICATES = (
    CertificateEntry("Authentication", b"\x02", layout.CERT_AUTHENTICATION, False),
    CertificateEntry("Signature", b"\x03", layout.CERT_SIGNATURE, False),
    CertificateEntry("CA", b"\x04", layout.CERT_CA, True),
    CertificateEntry("Root", b"\x06", layout.CERT_ROOT, True),
)


@dataclass(frozen=True)
class KeyEntry:
    label: str
    id: bytes
    reference: layout.KeyReference
    usage: frozenset[str]
    user_consent: int | None


KEYS = (
    KeyEntry(
        "Authentication",
        b"\x02",
        layout.KeyReference.AUTHENTICATION,
        frozenset({"sign"}),
        None,
    ),
    # The non-repudiation key needs the PIN right before every signature: user consent.
    KeyEntry(
        "Signature",
        b"\x03",
        layout.KeyReference.NON_REPUDIATION,
        frozenset({"non_repudiation"}),
        1,
    ),
)


def ef_dir() -> bytes:
    record: bytes = DirRecord(
        {
            "aid": layout.PKCS15_AID,
            "label": layout.PKCS15_LABEL,
            "path": layout.DF_BELPIC,
        }
    ).dump()
    return record


def odf() -> bytes:
    entries = [
        Pkcs15Objects(name="private_keys", value=Path({"path": _relative(layout.PRKDF)})),
        Pkcs15Objects(name="certificates", value=Path({"path": _relative(layout.CDF)})),
        Pkcs15Objects(name="auth_objects", value=Path({"path": _relative(layout.AODF)})),
    ]
    return b"".join(entry.dump() for entry in entries)


def token_info(serial_number: bytes) -> bytes:
    info: bytes = TokenInfo(
        {
            "version": 0,
            "serial_number": serial_number,
            "manufacturer_id": "PersoPoint TEST",
            "label": layout.PKCS15_LABEL,
            "token_flags": {"prn_generation", "eid_compliant"},
        }
    ).dump()
    return info


def aodf() -> bytes:
    pin = PinObject(
        {
            "common_object_attributes": {"label": "Basic PIN", "flags": {"private"}},
            "class_attributes": {"auth_id": PIN_AUTH_ID},
            "type_attributes": {
                "pin_flags": {"local", "initialized", "needs_padding"},
                "pin_type": "bcd",
                "min_length": 4,
                "stored_length": 8,
                "max_length": 12,
                "pin_reference": layout.PIN_REFERENCE,
                "pad_char": b"\xff",
                "path": {"path": layout.MF},
            },
        }
    )
    encoded: bytes = pin.dump()
    return encoded


def prkdf() -> bytes:
    objects = []
    for key in KEYS:
        common: dict[str, object] = {
            "label": key.label,
            "flags": {"private"},
            "auth_id": PIN_AUTH_ID,
        }
        if key.user_consent is not None:
            common["user_consent"] = key.user_consent
        objects.append(
            PrivateRsaKeyObject(
                {
                    "common_object_attributes": common,
                    "class_attributes": {
                        "id": key.id,
                        "usage": set(key.usage),
                        "access_flags": {
                            "sensitive",
                            "always_sensitive",
                            "never_extractable",
                            "local",
                        },
                        "key_reference": int(key.reference),
                    },
                    "type_attributes": {
                        "value": {"path": layout.DF_BELPIC},
                        "modulus_length": layout.RSA_BITS,
                    },
                }
            ).dump()
        )
    return b"".join(objects)


def cdf() -> bytes:
    objects = [
        X509CertificateObject(
            {
                "common_object_attributes": {"label": entry.label},
                "class_attributes": {"id": entry.id, "authority": entry.authority},
                "type_attributes": {"value": {"path": entry.path}},
            }
        ).dump()
        for entry in CERTIFICATES
    ]
    return b"".join(objects)
