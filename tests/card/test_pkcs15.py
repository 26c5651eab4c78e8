"""The PKCS#15 files parse back with their ASN.1 and say what OpenSC needs."""

from __future__ import annotations

from mock_services.smartcard.belpic import layout
from mock_services.smartcard.eid_card import pkcs15


def test_ef_dir_names_the_belpic_application() -> None:
    record = pkcs15.DirRecord.load(pkcs15.ef_dir())
    assert pkcs15.ef_dir()[0] == 0x61  # [APPLICATION 1]
    assert record["aid"].native == layout.PKCS15_AID
    assert record["label"].native == "BELPIC"
    assert record["path"].native == layout.DF_BELPIC


def test_odf_points_at_the_directory_files() -> None:
    data = pkcs15.odf()
    assert data == bytes.fromhex("A006300404025035 A406300404025037 A806300404025034")
    entry = pkcs15.Pkcs15Objects.load(data[:8])
    assert entry.name == "private_keys"
    assert entry.chosen["path"].native == bytes.fromhex("5035")


def test_token_info() -> None:
    info = pkcs15.TokenInfo.load(pkcs15.token_info(bytes(range(16))))
    assert info["serial_number"].native == bytes(range(16))
    assert info["label"].native == "BELPIC"
    assert info["token_flags"].native == {"prn_generation", "eid_compliant"}


def test_aodf_has_the_one_pin() -> None:
    pin = pkcs15.PinObject.load(pkcs15.aodf())
    attributes = pin["type_attributes"]
    assert pin["common_object_attributes"]["label"].native == "Basic PIN"
    assert pin["class_attributes"]["auth_id"].native == b"\x01"
    assert attributes["pin_reference"].native == layout.PIN_REFERENCE
    assert attributes["stored_length"].native == 8
    assert attributes["pad_char"].native == b"\xff"
    assert attributes["pin_flags"].native == {"local", "initialized", "needs_padding"}


def test_prkdf_has_both_keys() -> None:
    keys = pkcs15.PrivateKeys.load(b"\x30" + bytes([len(pkcs15.prkdf())]) + pkcs15.prkdf())
    by_label = {key["common_object_attributes"]["label"].native: key for key in keys}
    authentication, signature = by_label["Authentication"], by_label["Signature"]
    assert authentication["class_attributes"]["key_reference"].native == 0x82
    assert authentication["class_attributes"]["usage"].native == {"sign"}
    assert signature["class_attributes"]["key_reference"].native == 0x83
    assert signature["class_attributes"]["usage"].native == {"non_repudiation"}
    assert signature["common_object_attributes"]["user_consent"].native == 1
    for key in keys:
        assert key["type_attributes"]["modulus_length"].native == 2048
        assert key["type_attributes"]["value"]["path"].native == layout.DF_BELPIC


def test_cdf_lists_the_certificates_with_absolute_paths() -> None:
    data = pkcs15.cdf()
    certificates = pkcs15.Certificates.load(bytes([0x30, 0x81, len(data)]) + data)
    found = {
        c["common_object_attributes"]["label"].native: (
            c["class_attributes"]["id"].native,
            c["class_attributes"]["authority"].native,
            c["type_attributes"]["value"]["path"].native,
        )
        for c in certificates
    }
    assert found == {
        "Authentication": (b"\x02", False, layout.CERT_AUTHENTICATION),
        "Signature": (b"\x03", False, layout.CERT_SIGNATURE),
        "CA": (b"\x04", True, layout.CERT_CA),
        "Root": (b"\x06", True, layout.CERT_ROOT),
    }
