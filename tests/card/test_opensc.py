"""Debian's OpenSC, an independent middleware, takes the virtual card for a Belgian eID."""

from __future__ import annotations

import shutil
import subprocess
from typing import TYPE_CHECKING

import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from mock_services.smartcard import eid_pki
from mock_services.smartcard.eid_card.cards import card_for
from mock_services.smartcard.eid_pki import KeyRole
from mock_services.smartcard.pcsc_host import stack

if TYPE_CHECKING:
    from pathlib import Path

    from fixtures.card import InsertCard

pytestmark = [
    pytest.mark.pcsc,
    pytest.mark.skipif(shutil.which("pkcs15-tool") is None, reason="OpenSC is not installed"),
]


def opensc(*arguments: str, tmp_path: Path) -> str:
    """Run an OpenSC tool with a private cache folder, on the project's pcscd; its output
    (stdout and stderr)."""
    result = subprocess.run(
        arguments,
        capture_output=True,
        text=True,
        timeout=60,
        env={"HOME": str(tmp_path), "PATH": "/usr/bin:/bin", **stack.pcsclite_environment()},
        check=False,
    )
    return result.stdout + result.stderr


def test_opensc_names_the_card_belpic(insert_card: InsertCard, tmp_path: Path) -> None:
    with insert_card("an") as reader:
        output = opensc("opensc-tool", "--reader", reader.name, "--name", tmp_path=tmp_path)
    assert output.strip() == "Belpic cards"


def test_pkcs15_tool_lists_certificates_keys_and_pin(
    insert_card: InsertCard, tmp_path: Path
) -> None:
    with insert_card("an") as reader:
        certificates = opensc(
            "pkcs15-tool", "--reader", reader.name, "--list-certificates", tmp_path=tmp_path
        )
        keys = opensc(
            "pkcs15-tool", "--reader", reader.name, "--list-keys", "--list-pins", tmp_path=tmp_path
        )
    for label, path in [
        ("Authentication", "3f00df005038"),
        ("Signature", "3f00df005039"),
        ("CA", "3f00df00503a"),
        ("Root", "3f00df00503b"),
    ]:
        assert f"X.509 Certificate [{label}]" in certificates
        assert f"Path           : {path}" in certificates
    assert "Key ref        : 130 (0x82)" in keys
    assert "Key ref        : 131 (0x83)" in keys
    assert "ModLength      : 2048" in keys
    assert "PIN [Basic PIN]" in keys


def test_pkcs11_tool_signs_with_the_authentication_key(
    insert_card: InsertCard, tmp_path: Path
) -> None:
    message = tmp_path / "challenge"
    message.write_bytes(b"CSAM login challenge")
    signature = tmp_path / "signature"
    with insert_card("emma") as reader:
        slots = opensc(
            "pkcs11-tool", "--module", stack.OPENSC_PKCS11_MODULE, "--list-slots", tmp_path=tmp_path
        )
        assert "BELPIC" in slots
        assert reader.name in slots
        output = opensc(
            "pkcs11-tool",
            "--module",
            stack.OPENSC_PKCS11_MODULE,
            "--slot-description",
            reader.name,  # this worker's reader: another worker may have a card in the other
            "--login",
            "--pin",
            "5555",
            "--sign",
            "--mechanism",
            "SHA256-RSA-PKCS",
            "--id",
            "02",
            "--input-file",
            str(message),
            "--output-file",
            str(signature),
            tmp_path=tmp_path,
        )
    assert signature.exists(), output
    key = eid_pki.credentials("emma", KeyRole.AUTHENTICATION).certificate.public_key()
    assert isinstance(key, rsa.RSAPublicKey)
    key.verify(signature.read_bytes(), message.read_bytes(), padding.PKCS1v15(), hashes.SHA256())


def test_pkcs11_tool_wrong_pin(insert_card: InsertCard, tmp_path: Path) -> None:
    card = card_for("an")
    with insert_card(card) as reader:
        output = opensc(
            "pkcs11-tool",
            "--module",
            stack.OPENSC_PKCS11_MODULE,
            "--slot-description",
            reader.name,
            "--login",
            "--pin",
            "0000",
            "--list-objects",
            tmp_path=tmp_path,
        )
        assert card.pin.tries_left == 2
    assert "CKR_PIN_INCORRECT" in output
