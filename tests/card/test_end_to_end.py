"""The card through pcscd and vpcd, read by the eID middleware (pyscard)."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from mock_services.smartcard import eid_pki
from mock_services.smartcard.belpic.apdu import CommandApdu
from mock_services.smartcard.eid_card.cards import card_for
from mock_services.smartcard.eid_pki import KeyRole
from mock_services.smartcard.pcsc_host import stack
from mock_services.smartcard.pcsc_host.slot import SlotBusyError, VirtualReader
from mock_services.systems.eid_middleware.belpic_reader import (
    CertificateFile,
    SigningKey,
    connect,
    list_readers,
    wait_for_card,
    wait_for_removal,
)
from mock_services.systems.eid_middleware.errors import (
    CardRemovedError,
    NoCardError,
    NoReaderError,
    NotAnEidCardError,
    PinBlockedError,
    PinFormatInvalidError,
    PinRequiredError,
    WrongPinError,
)
from mock_services.world.people import person

if TYPE_CHECKING:
    from fixtures.card import InsertCard

pytestmark = pytest.mark.pcsc

CHALLENGE = bytes(range(32))


def verify(person_id: str, role: KeyRole, signature: bytes, message: bytes) -> None:
    key = eid_pki.credentials(person_id, role).certificate.public_key()
    assert isinstance(key, rsa.RSAPublicKey)
    key.verify(signature, message, padding.PKCS1v15(), hashes.SHA256())


def test_readers_are_the_two_vpcd_slots(insert_card: InsertCard) -> None:
    readers = list_readers()
    assert stack.reader_name(0) in readers
    assert stack.reader_name(1) in readers


def test_read_identity_address_photo_and_certificates(insert_card: InsertCard) -> None:
    an = person("an")
    with insert_card("an") as reader, connect(wait_for_card(reader.name, timeout=5)) as card:
        assert card.reader == reader.name
        identity = card.read_identity()
        assert identity.national_number == an.national_number
        assert identity.full_name == an.full_name
        assert card.read_address().street_and_number == an.street
        assert card.read_photo().startswith(b"\xff\xd8")
        certificate = card.read_certificate(CertificateFile.AUTHENTICATION)
        assert certificate == eid_pki.credentials("an", KeyRole.AUTHENTICATION).certificate
        assert card.read_certificate(CertificateFile.RRN) == eid_pki.rrn_certificate()
        assert card.read_certificate(CertificateFile.ROOT) == eid_pki.root_ca()
        assert len(card.card_data()) == 28


def test_login_signature_with_the_authentication_key(insert_card: InsertCard) -> None:
    with insert_card("emma") as reader, connect(reader.name) as card:
        with pytest.raises(PinRequiredError):
            card.sign(CHALLENGE)
        signature = card.sign(CHALLENGE, pin="5555")
        verify("emma", KeyRole.AUTHENTICATION, signature, CHALLENGE)
        assert card.sign(CHALLENGE) == signature  # PIN once per session, PKCS#1 v1.5


def test_signature_key_needs_the_pin_every_time(insert_card: InsertCard) -> None:
    with insert_card("an") as reader, connect(reader.name) as card:
        signature = card.sign(b"contract", key=SigningKey.NON_REPUDIATION, pin="1234")
        verify("an", KeyRole.SIGNATURE, signature, b"contract")
        with pytest.raises(PinRequiredError):
            card.sign(b"contract", key=SigningKey.NON_REPUDIATION)


def test_wrong_pin_then_blocked(insert_card: InsertCard) -> None:
    with insert_card("dirk") as reader, connect(reader.name) as card:
        assert card.pin_tries_left() == 3
        with pytest.raises(WrongPinError) as first:
            card.verify_pin("0000")
        assert first.value.tries_left == 2
        assert "2 tries left" in str(first.value)
        with pytest.raises(WrongPinError) as second:
            card.verify_pin("0000")
        assert second.value.tries_left == 1
        with pytest.raises(PinBlockedError):
            card.verify_pin("0000")
        with pytest.raises(PinBlockedError):
            card.verify_pin("9876")
        assert card.pin_tries_left() == 0
        with pytest.raises(PinFormatInvalidError):
            card.verify_pin("12")


def test_blocked_pin_stays_blocked_after_reinsertion(insert_card: InsertCard) -> None:
    dirk = card_for("dirk")
    for _ in range(3):
        dirk.execute(bytes.fromhex("0020000108240000FFFFFFFFFF"))
    with (
        insert_card(dirk) as reader,
        connect(reader.name) as card,
        pytest.raises(PinBlockedError),
    ):
        card.verify_pin("9876")


def test_change_pin(insert_card: InsertCard) -> None:
    with insert_card("an") as reader, connect(reader.name) as card:
        card.change_pin("1234", "24680")
        card.verify_pin("24680")
        with pytest.raises(WrongPinError):
            card.change_pin("1234", "1111")


def test_pulling_the_card_mid_session(insert_card: InsertCard) -> None:
    with insert_card("an") as reader, connect(reader.name) as card:
        assert card.is_present()
        removed = threading.Event()

        def watch() -> None:
            if card.wait_for_removal(timeout=10):
                removed.set()

        watcher = threading.Thread(target=watch)
        watcher.start()
        reader.pull()
        watcher.join()
        assert removed.is_set()
        assert not card.is_present()
        with pytest.raises(CardRemovedError):
            card.transmit(CommandApdu(0x80, 0xE4, 0x00, 0x00, le=28))


def test_no_card_and_no_reader_errors(empty_reader: str) -> None:
    name = empty_reader
    with pytest.raises(NoCardError, match="no Belgian eID card was inserted"):
        wait_for_card(name, timeout=0.3)
    with pytest.raises(NoCardError):
        connect(name)
    with pytest.raises(NoReaderError, match="no card reader named"):
        wait_for_card("Imaginary Reader 42", timeout=0.1)
    assert wait_for_removal(name, timeout=0.1)


def test_other_cards_are_not_taken_for_an_eid(insert_card: InsertCard) -> None:
    other = card_for("an")
    other.atr = bytes.fromhex("3B 02 14 50")
    with insert_card(other) as reader:
        with pytest.raises(NotAnEidCardError, match="not a Belgian eID"):
            connect(reader.name)
        with pytest.raises(NoCardError):
            wait_for_card(reader.name, timeout=0.2)


def test_slot_busy(insert_card: InsertCard, card_slot: int) -> None:
    with insert_card("an"), pytest.raises(SlotBusyError, match="busy"):
        VirtualReader(card_slot).insert(card_for("bram"), wait_for_slot=0)
