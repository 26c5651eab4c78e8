"""MSE SET, PSO COMPUTE DIGITAL SIGNATURE and GET RESPONSE of the card OS."""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING

import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding

from mock_services.smartcard import eid_pki
from mock_services.smartcard.belpic.apdu import SW
from mock_services.smartcard.eid_card.signing import digest_info
from mock_services.smartcard.eid_pki import KeyRole
from tests.card.conftest import send, sw_of

if TYPE_CHECKING:
    from mock_services.smartcard.eid_card.applet import BelpicCard

VERIFY = "0020000108241234FFFFFFFFFF"
MESSAGE = b"a 32-byte login challenge by CSAM"
DIGEST = hashlib.sha256(MESSAGE).digest()


def mse(algorithm: int, key: int) -> str:
    return f"002241B60504 80{algorithm:02X} 84{key:02X}".replace(" ", "")


def pso(data: bytes, le: str = "00") -> str:
    return f"002A9E9A{len(data):02X}{data.hex()}{le}"


def check(role: KeyRole, signature: bytes, algorithm: hashes.HashAlgorithm) -> None:
    public_key = eid_pki.credentials("an", role).certificate.public_key()
    public_key.verify(signature, MESSAGE, padding.PKCS1v15(), algorithm)  # type: ignore[union-attr,call-arg,arg-type]


def test_authentication_signature_of_a_sha256_hash(card: BelpicCard) -> None:
    assert sw_of(card, VERIFY) == SW.OK
    assert sw_of(card, mse(0x08, 0x82)) == SW.OK
    signature, sw = send(card, pso(DIGEST))
    assert sw == SW.OK
    check(KeyRole.AUTHENTICATION, signature, hashes.SHA256())


def test_digest_info_as_opensc_sends_it_and_get_response(card: BelpicCard) -> None:
    assert sw_of(card, VERIFY) == SW.OK
    assert sw_of(card, mse(0x01, 0x82)) == SW.OK
    assert send(card, pso(digest_info("sha256", DIGEST), le="")) == (b"", 0x6100)
    first, sw = send(card, "00C0000080")
    assert (len(first), sw) == (128, 0x6180)
    rest, sw = send(card, "00C0000080")
    assert sw == SW.OK
    check(KeyRole.AUTHENTICATION, first + rest, hashes.SHA256())
    assert sw_of(card, "00C0000000") == SW.CONDITIONS_OF_USE_NOT_SATISFIED


def test_signatures_are_deterministic(card: BelpicCard) -> None:
    send(card, VERIFY)
    send(card, mse(0x08, 0x82))
    assert send(card, pso(DIGEST)) == send(card, pso(DIGEST))


@pytest.mark.parametrize(
    ("algorithm", "hash_algorithm"),
    [(0x02, hashes.SHA1()), (0x04, hashes.MD5())],
)
def test_old_hash_algorithms(
    card: BelpicCard, algorithm: int, hash_algorithm: hashes.HashAlgorithm
) -> None:
    send(card, VERIFY)
    send(card, mse(algorithm, 0x82))
    digest = hashes.Hash(hash_algorithm)
    digest.update(MESSAGE)
    signature, sw = send(card, pso(digest.finalize()))
    assert sw == SW.OK
    check(KeyRole.AUTHENTICATION, signature, hash_algorithm)


def test_raw_pkcs1_input_that_is_no_digest_info(card: BelpicCard) -> None:
    """TLS 1.0 style MD5+SHA-1: signed as given, the same math as for a DigestInfo."""
    data = hashlib.md5(MESSAGE).digest() + hashlib.sha1(MESSAGE).digest()
    send(card, VERIFY)
    send(card, mse(0x01, 0x82))
    signature, sw = send(card, pso(data))
    assert sw == SW.OK
    public_key = eid_pki.credentials("an", KeyRole.AUTHENTICATION).certificate.public_key()
    recovered = pow(
        int.from_bytes(signature, "big"),
        public_key.public_numbers().e,  # type: ignore[union-attr]
        public_key.public_numbers().n,  # type: ignore[union-attr]
    ).to_bytes(256, "big")
    assert recovered.endswith(b"\x00" + data)
    assert recovered.startswith(b"\x00\x01\xff")


def test_authentication_key_needs_the_pin_once_per_session(card: BelpicCard) -> None:
    assert sw_of(card, mse(0x08, 0x82)) == SW.OK
    assert sw_of(card, pso(DIGEST)) == SW.SECURITY_STATUS_NOT_SATISFIED
    assert sw_of(card, VERIFY) == SW.OK
    assert sw_of(card, mse(0x08, 0x82)) == SW.OK
    assert sw_of(card, pso(DIGEST)) == SW.OK
    assert sw_of(card, "80E400001C") == SW.OK
    assert sw_of(card, pso(DIGEST)) == SW.OK  # still verified
    card.reset()
    assert sw_of(card, mse(0x08, 0x82)) == SW.OK
    assert sw_of(card, pso(DIGEST)) == SW.SECURITY_STATUS_NOT_SATISFIED


def test_non_repudiation_key_needs_the_pin_right_before_each_signature(card: BelpicCard) -> None:
    assert sw_of(card, VERIFY) == SW.OK
    assert sw_of(card, mse(0x08, 0x83)) == SW.OK
    signature, sw = send(card, pso(DIGEST))
    assert sw == SW.OK
    check(KeyRole.SIGNATURE, signature, hashes.SHA256())
    assert sw_of(card, pso(DIGEST)) == SW.SECURITY_STATUS_NOT_SATISFIED
    # eid-mw's order: MSE SET, VERIFY, PSO
    assert sw_of(card, mse(0x08, 0x83)) == SW.OK
    assert sw_of(card, VERIFY) == SW.OK
    assert sw_of(card, pso(DIGEST)) == SW.OK
    # anything else between VERIFY and PSO spoils it
    assert sw_of(card, VERIFY) == SW.OK
    assert sw_of(card, "80E400001C") == SW.OK
    assert sw_of(card, pso(DIGEST)) == SW.SECURITY_STATUS_NOT_SATISFIED


@pytest.mark.parametrize(
    ("between", "sw"),
    [
        (["0020", "002A9E"], SW.WRONG_LENGTH),  # the fuzzer's find: two malformed APDUs
        (["002A9E9A05aabbccddeeff"], SW.WRONG_LENGTH),  # Lc does not match
        (["00B0000004"], SW.COMMAND_NOT_ALLOWED_NO_CURRENT_EF),  # refused READ BINARY
        ([mse(0x08, 0x81)], SW.REFERENCED_DATA_NOT_FOUND),  # refused MSE SET
        (["0020000100"], None),  # a PIN-status query is no consent
        (["00A4080C023F00"], SW.OK),
    ],
)
def test_anything_but_mse_between_verify_and_pso_spends_the_consent(
    card: BelpicCard, between: list[str], sw: int | None
) -> None:
    assert sw_of(card, VERIFY) == SW.OK
    assert sw_of(card, mse(0x08, 0x83)) == SW.OK
    for apdu in between:
        answer = sw_of(card, apdu)
        assert sw is None or answer == sw
    assert sw_of(card, pso(DIGEST)) == SW.SECURITY_STATUS_NOT_SATISFIED
    # a new VERIFY gives a new consent; the MSE SET still stands
    assert sw_of(card, VERIFY) == SW.OK
    assert sw_of(card, pso(DIGEST)) == SW.OK


def test_authentication_key_keeps_its_pin_through_refused_apdus(card: BelpicCard) -> None:
    assert sw_of(card, VERIFY) == SW.OK
    assert sw_of(card, mse(0x08, 0x82)) == SW.OK
    assert sw_of(card, "0020") == SW.WRONG_LENGTH
    assert sw_of(card, "00B0000004") == SW.COMMAND_NOT_ALLOWED_NO_CURRENT_EF
    assert sw_of(card, pso(DIGEST)) == SW.OK


@pytest.mark.parametrize(
    ("apdu", "sw"),
    [
        (mse(0x08, 0x81), SW.REFERENCED_DATA_NOT_FOUND),
        (mse(0x10, 0x82), SW.WRONG_DATA),  # PSS is not emulated
        ("002241B605800884820000", SW.WRONG_DATA),
        ("002241B606800108840182", SW.WRONG_DATA),  # ISO TLV, not BELPIC
        ("002241A40504800884 82".replace(" ", ""), SW.INCORRECT_P1_P2),
    ],
)
def test_mse_errors(card: BelpicCard, apdu: str, sw: int) -> None:
    assert sw_of(card, apdu) == sw


def test_pso_errors(card: BelpicCard) -> None:
    assert sw_of(card, pso(DIGEST)) == SW.CONDITIONS_OF_USE_NOT_SATISFIED  # no MSE SET
    send(card, VERIFY)
    send(card, mse(0x08, 0x82))
    assert sw_of(card, pso(DIGEST[:20])) == SW.WRONG_LENGTH
    assert sw_of(card, "002A9E9A00") == SW.WRONG_LENGTH
    assert sw_of(card, "002A9E9A") == SW.WRONG_LENGTH
    assert sw_of(card, pso(DIGEST).replace("9E9A", "8086", 1)) == SW.INCORRECT_P1_P2
    assert sw_of(card, pso(DIGEST, le="80")) == 0x6C00  # 256 bytes are there
    send(card, mse(0x01, 0x82))
    assert sw_of(card, pso(bytes(246))) == SW.WRONG_LENGTH


def test_pin_blocked_card_cannot_sign(card: BelpicCard) -> None:
    for wrong in ("0000", "0001", "0002"):
        send(card, "0020000108" + f"24{wrong}FFFFFFFFFF")
    assert sw_of(card, VERIFY) == SW.AUTHENTICATION_METHOD_BLOCKED
    send(card, mse(0x08, 0x82))
    assert sw_of(card, pso(DIGEST)) == SW.SECURITY_STATUS_NOT_SATISFIED
