"""The eID software's card module: find the Belgian eID card, read it, verify the PIN, sign.

It speaks to any BELPIC card through PC/SC, the virtual one as well as a real one:

    with connect(wait_for_card(timeout=10)) as card:
        identity = card.read_identity()
        certificate = card.read_certificate(CertificateFile.AUTHENTICATION)
        signature = card.sign(challenge, pin="1234")
"""

from __future__ import annotations

import hashlib
from enum import Enum
from typing import TYPE_CHECKING, Self

from cryptography import x509

from mock_services.smartcard.belpic import layout
from mock_services.smartcard.belpic.algorithms import Algorithm
from mock_services.smartcard.belpic.apdu import SW, CommandApdu
from mock_services.smartcard.belpic.identity_files import (
    Address,
    Identity,
    IdentityFileError,
    parse_address,
    parse_identity,
)
from mock_services.smartcard.belpic.pin_block import PinFormatError, encode_pin_block
from mock_services.smartcard.pcsc_host.pcsc import CardChannel, PcscContext, ReaderState
from mock_services.systems.eid_middleware.errors import (
    CardCommandError,
    EidError,
    NoCardError,
    NoReaderError,
    NotAnEidCardError,
    PinBlockedError,
    PinFormatInvalidError,
    PinRequiredError,
    WrongPinError,
)

if TYPE_CHECKING:
    from types import TracebackType

KNOWN_ATRS = (
    layout.ATR,
    bytes.fromhex("3B 98 94 40 0A A5 03 01 01 01 AD 13 10"),
    bytes.fromhex("3B 98 94 40 FF A5 03 01 01 01 AD 13 10"),
    bytes.fromhex("3B 7F 96 00 00 80 31 80 65 B0 85 04 01 20 12 0F FF 82 90 00"),
)
MAX_FILE_SIZE = 65535


class CertificateFile(Enum):
    AUTHENTICATION = layout.CERT_AUTHENTICATION
    SIGNATURE = layout.CERT_SIGNATURE
    CA = layout.CERT_CA
    ROOT = layout.CERT_ROOT
    RRN = layout.CERT_RRN


class SigningKey(Enum):
    AUTHENTICATION = layout.KeyReference.AUTHENTICATION
    NON_REPUDIATION = layout.KeyReference.NON_REPUDIATION


HASH_ALGORITHMS = {
    "sha256": Algorithm.PKCS1_SHA256,
    "sha1": Algorithm.PKCS1_SHA1,
    "md5": Algorithm.PKCS1_MD5,
}


def _is_eid(state: ReaderState) -> bool:
    return state.present and state.atr in KNOWN_ATRS


def list_readers() -> list[str]:
    """The names of the card readers; NoReaderError when there are none."""
    context = PcscContext()
    try:
        readers = context.readers()
    finally:
        context.close()
    if not readers:
        raise NoReaderError("no card reader is connected")
    return readers


def wait_for_card(reader: str | None = None, *, timeout: float | None = 10.0) -> str:
    """Wait until a Belgian eID is in ``reader`` (or any reader); the reader's name.

    NoReaderError when there is no reader (or not that one), NoCardError after ``timeout``.
    """
    context = PcscContext()
    try:
        readers = context.readers()
        if not readers:
            raise NoReaderError("no card reader is connected")
        if reader is not None:
            if reader not in readers:
                raise NoReaderError(f"no card reader named {reader!r}; readers: {readers}")
            readers = [reader]
        found = context.wait(readers, _is_eid, timeout)
    finally:
        context.close()
    if found is None:
        where = f"reader {reader!r}" if reader else "any card reader"
        raise NoCardError(f"no Belgian eID card was inserted in {where} within {timeout:g} s")
    return found.reader


def wait_for_removal(reader: str, *, timeout: float | None = 10.0) -> bool:
    """Wait until ``reader`` is empty; False when ``timeout`` passed first."""
    context = PcscContext()
    try:
        return context.wait([reader], lambda state: state.empty, timeout) is not None
    finally:
        context.close()


def connect(reader: str | None = None) -> EidCard:
    """Open the eID card in ``reader`` (default: the first reader holding one)."""
    context = PcscContext()
    try:
        readers = context.readers()
        if not readers:
            raise NoReaderError("no card reader is connected")
        if reader is None:
            holding = [r for r in readers if _is_eid(context.state(r))]
            if not holding:
                raise NoCardError("no Belgian eID card is in any card reader")
            reader = holding[0]
        elif reader not in readers:
            raise NoReaderError(f"no card reader named {reader!r}; readers: {readers}")
        state = context.state(reader)
        if not state.present:
            raise NoCardError(f"there is no card in {reader!r}")
        if state.atr not in KNOWN_ATRS:
            raise NotAnEidCardError(f"the card in {reader!r} is not a Belgian eID card")
        return EidCard(context, context.connect(reader), state.atr)
    except BaseException:
        context.close()
        raise


class EidCard:
    """An open connection to a Belgian eID card. Close it (or use ``with``) when done."""

    def __init__(self, context: PcscContext, channel: CardChannel, atr: bytes) -> None:
        self._context = context
        self._channel = channel
        self.atr = atr

    @property
    def reader(self) -> str:
        return self._channel.reader

    def close(self) -> None:
        self._channel.close()
        self._context.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    # -- events ------------------------------------------------------------------------

    def is_present(self) -> bool:
        return self._context.state(self.reader).present

    def wait_for_removal(self, *, timeout: float | None = 10.0) -> bool:
        """Wait until the card is pulled out; False when ``timeout`` passed first."""
        return self._context.wait([self.reader], lambda s: s.empty, timeout) is not None

    # -- APDUs -------------------------------------------------------------------------

    def transmit(self, command: CommandApdu | bytes) -> tuple[bytes, int]:
        """Send one command; (data, status word), following 61xx with GET RESPONSE.

        Raw bytes shorter than an APDU header raise MalformedApduError without reaching PC/SC.
        """
        raw = command if isinstance(command, bytes) else command.to_bytes()
        answer = self._channel.transmit(raw)
        if len(answer) < 2:
            raise EidError(f"the card gave a malformed answer: {answer.hex()}")
        data, sw = answer[:-2], int.from_bytes(answer[-2:], "big")
        while sw >> 8 == 0x61:
            more = self._channel.transmit(
                CommandApdu(0x00, 0xC0, 0, 0, le=sw & 0xFF or 256).to_bytes()
            )
            data, sw = data + more[:-2], int.from_bytes(more[-2:], "big")
        return data, sw

    def _expect_ok(self, command: CommandApdu, what: str) -> bytes:
        data, sw = self.transmit(command)
        if sw != SW.OK:
            raise CardCommandError(what, sw)
        return data

    def select(self, path: bytes) -> None:
        _, sw = self.transmit(CommandApdu(0x00, 0xA4, 0x08, 0x0C, data=path))
        if sw == SW.FILE_NOT_FOUND:
            raise NotAnEidCardError(f"the card has no file {layout.path_text(path)}")
        if sw != SW.OK:
            raise CardCommandError(f"select {layout.path_text(path)}", sw)

    def read_file(self, path: bytes) -> bytes:
        """The whole content of a transparent file (BELPIC gives no file sizes: read to EOF)."""
        self.select(path)
        content = bytearray()
        while len(content) < MAX_FILE_SIZE:
            offset = len(content)
            command = CommandApdu(0x00, 0xB0, offset >> 8, offset & 0xFF, le=256)
            data, sw = self.transmit(command)
            if sw >> 8 == 0x6C:  # fewer bytes left: read exactly those, and that is the end
                exact = CommandApdu(0x00, 0xB0, offset >> 8, offset & 0xFF, le=sw & 0xFF or 256)
                data, sw = self.transmit(exact)
                if sw != SW.OK:
                    raise CardCommandError(f"read {layout.path_text(path)}", sw)
                content += data
                break
            if sw == SW.WRONG_PARAMETERS and offset:  # the file ends on a 256-byte boundary
                break
            if sw != SW.OK:
                raise CardCommandError(f"read {layout.path_text(path)}", sw)
            content += data
            if len(data) < 256:
                break
        return bytes(content)

    def card_data(self) -> bytes:
        """The 28 bytes of GET CARD DATA (chip serial number, versions, life cycle)."""
        return self._expect_ok(
            CommandApdu(0x80, 0xE4, 0x00, 0x00, le=layout.CARD_DATA_LENGTH), "give its card data"
        )

    # -- data --------------------------------------------------------------------------

    def read_identity(self) -> Identity:
        try:
            return parse_identity(self.read_file(layout.ID_FILE))
        except IdentityFileError as error:
            raise EidError(f"the identity file of the card is unreadable: {error}") from error

    def read_address(self) -> Address:
        try:
            return parse_address(self.read_file(layout.ADDRESS_FILE))
        except IdentityFileError as error:
            raise EidError(f"the address file of the card is unreadable: {error}") from error

    def read_photo(self) -> bytes:
        return self.read_file(layout.PHOTO)

    def read_certificate(self, which: CertificateFile) -> x509.Certificate:
        der = self.read_file(which.value)
        try:
            return x509.load_der_x509_certificate(der)
        except ValueError as error:
            raise EidError(f"the {which.name.lower()} certificate is unreadable") from error

    # -- PIN and signatures --------------------------------------------------------------

    def pin_tries_left(self) -> int:
        """Tries left before the PIN blocks (3 when it was just verified); 0 when blocked."""
        _, sw = self.transmit(CommandApdu(0x00, 0x20, 0x00, layout.PIN_REFERENCE))
        if sw == SW.OK:
            return layout.PIN_TRIES
        if sw == SW.AUTHENTICATION_METHOD_BLOCKED:
            return 0
        if sw >> 4 == 0x63C:
            return sw & 0x0F
        raise CardCommandError("tell the PIN status", sw)

    def verify_pin(self, pin: str) -> None:
        """WrongPinError (with the tries left) or PinBlockedError when the card says no."""
        try:
            block = encode_pin_block(pin)
        except PinFormatError as error:
            raise PinFormatInvalidError(str(error)) from error
        _, sw = self.transmit(CommandApdu(0x00, 0x20, 0x00, layout.PIN_REFERENCE, data=block))
        if sw == SW.OK:
            return
        if sw in (SW.AUTHENTICATION_METHOD_BLOCKED, 0x63C0):
            raise PinBlockedError
        if sw >> 4 == 0x63C:
            raise WrongPinError(sw & 0x0F)
        raise CardCommandError("verify the PIN", sw)

    def change_pin(self, old: str, new: str) -> None:
        try:
            data = encode_pin_block(old) + encode_pin_block(new)
        except PinFormatError as error:
            raise PinFormatInvalidError(str(error)) from error
        _, sw = self.transmit(CommandApdu(0x00, 0x24, 0x00, layout.PIN_REFERENCE, data=data))
        if sw in (SW.AUTHENTICATION_METHOD_BLOCKED, 0x63C0):
            raise PinBlockedError
        if sw >> 4 == 0x63C:
            raise WrongPinError(sw & 0x0F)
        if sw != SW.OK:
            raise CardCommandError("change the PIN", sw)

    def sign(
        self,
        message: bytes,
        *,
        key: SigningKey = SigningKey.AUTHENTICATION,
        pin: str | None = None,
    ) -> bytes:
        """Sign ``message`` (hashed with SHA-256 here) with RSA PKCS#1 v1.5 on the card.

        The authentication key needs the PIN once per card session (give ``pin`` or call
        ``verify_pin`` first); the non-repudiation key needs ``pin`` for every signature.
        The raw signature verifies with the certificate's public key and SHA-256.
        """
        return self.sign_digest(hashlib.sha256(message).digest(), "sha256", key=key, pin=pin)

    def sign_digest(
        self,
        digest: bytes,
        hash_name: str = "sha256",
        *,
        key: SigningKey = SigningKey.AUTHENTICATION,
        pin: str | None = None,
    ) -> bytes:
        algorithm = HASH_ALGORITHMS.get(hash_name)
        if algorithm is None:
            raise ValueError(f"the card signs {sorted(HASH_ALGORITHMS)} hashes, not {hash_name}")
        if key is SigningKey.NON_REPUDIATION and pin is None:
            raise PinRequiredError("every signature with the signature key needs the PIN")
        if key is SigningKey.AUTHENTICATION and pin is not None:
            self.verify_pin(pin)
        mse = bytes((0x04, 0x80, algorithm, 0x84, key.value))
        self._expect_ok(CommandApdu(0x00, 0x22, 0x41, 0xB6, data=mse), "prepare the signature")
        if key is SigningKey.NON_REPUDIATION and pin is not None:
            self.verify_pin(pin)
        data, sw = self.transmit(CommandApdu(0x00, 0x2A, 0x9E, 0x9A, data=digest, le=256))
        if sw == SW.SECURITY_STATUS_NOT_SATISFIED:
            raise PinRequiredError("the card wants the PIN before it signs")
        if sw != SW.OK:
            raise CardCommandError("sign", sw)
        return data
