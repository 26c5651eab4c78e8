"""The card OS: the BELPIC applet of a Belgian eID, one ``execute(apdu) -> response`` call.

Transport-free (vicc's design): the vpcd transport, a test or a fuzzer feeds it APDUs. A
session (selected file, verified PIN, security environment) lasts from power-up to power-off
or reset; the PIN counter and the PIN itself are the card's memory and survive both.

Security rules, as on a real card:
- the authentication key (82) signs once the PIN was verified in this session;
- the non-repudiation key (83) signs only right after a VERIFY (MSE SET may come between),
  and every signature needs a new VERIFY: any other command, even one the card refuses
  (a malformed APDU answered 6700 included), spends that consent.
"""

from __future__ import annotations

import hashlib
import logging
import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from mock_services.smartcard.belpic import layout
from mock_services.smartcard.belpic.algorithms import Algorithm
from mock_services.smartcard.belpic.apdu import (
    SW,
    CardError,
    CommandApdu,
    bytes_available,
    response,
    wrong_le,
)
from mock_services.smartcard.belpic.layout import KeyReference
from mock_services.smartcard.belpic.pin_block import BLOCK_LENGTH
from mock_services.smartcard.eid_card import signing
from mock_services.smartcard.eid_card.filesystem import DedicatedFile, ElementaryFile
from mock_services.smartcard.eid_card.pin import Pin

if TYPE_CHECKING:
    from mock_services.smartcard.eid_card.personalisation import CardImage

log = logging.getLogger(__name__)

CLA_ISO = 0x00
CLA_PROPRIETARY = 0x80

# Instructions
SELECT = 0xA4
READ_BINARY = 0xB0
GET_CARD_DATA = 0xE4
VERIFY = 0x20
CHANGE_REFERENCE_DATA = 0x24
RESET_RETRY_COUNTER = 0x2C
MANAGE_SECURITY_ENVIRONMENT = 0x22
PERFORM_SECURITY_OPERATION = 0x2A
GET_RESPONSE = 0xC0
GET_CHALLENGE = 0x84

MSE_SET_DIGITAL_SIGNATURE = 0x41B6
PSO_COMPUTE_DIGITAL_SIGNATURE = 0x9E9A
TRANSCRIPT_LENGTH = 2000


@dataclass
class Session:
    """What the card forgets at power-off or reset."""

    current_df: DedicatedFile
    current_ef: ElementaryFile | None = None
    pin_verified: bool = False
    signature_pin_fresh: bool = False
    key: KeyReference | None = None
    algorithm: Algorithm | None = None
    pending: bytes = b""


Handler = Callable[[CommandApdu], bytes]


def _keeps_signature_consent(command: CommandApdu) -> bool:
    """Whether an accepted command leaves a fresh VERIFY usable for key 83.

    Only the VERIFY that gave the consent and an MSE SET may stand between it and the
    PSO; any other command, a PIN-status query or a refused APDU of any kind spends it.
    """
    if command.ins == MANAGE_SECURITY_ENVIRONMENT:
        return True
    return command.ins == VERIFY and bool(command.data)


class BelpicCard:
    """One person's eID card. Thread-safe: the transport and a test may both talk to it."""

    atr = layout.ATR

    def __init__(self, image: CardImage) -> None:
        self.image = image
        self.pin = Pin(image.pin, image.puk)
        self.transcript: deque[tuple[bytes, bytes]] = deque(maxlen=TRANSCRIPT_LENGTH)
        self._challenges = 0
        self._lock = threading.RLock()
        self._session = self._new_session()
        self._handlers: dict[int, tuple[int, Handler]] = {
            SELECT: (CLA_ISO, self._select),
            READ_BINARY: (CLA_ISO, self._read_binary),
            GET_CARD_DATA: (CLA_PROPRIETARY, self._get_card_data),
            VERIFY: (CLA_ISO, self._verify),
            CHANGE_REFERENCE_DATA: (CLA_ISO, self._change_reference_data),
            RESET_RETRY_COUNTER: (CLA_ISO, self._reset_retry_counter),
            MANAGE_SECURITY_ENVIRONMENT: (CLA_ISO, self._manage_security_environment),
            PERFORM_SECURITY_OPERATION: (CLA_ISO, self._perform_security_operation),
            GET_RESPONSE: (CLA_ISO, self._get_response),
            GET_CHALLENGE: (CLA_ISO, self._get_challenge),
        }

    @property
    def person_id(self) -> str:
        return self.image.person_id

    def _new_session(self) -> Session:
        return Session(current_df=self.image.files.mf)

    # -- power -------------------------------------------------------------------------

    def power_on(self) -> None:
        with self._lock:
            self._session = self._new_session()

    def power_off(self) -> None:
        with self._lock:
            self._session = self._new_session()

    def reset(self) -> None:
        with self._lock:
            self._session = self._new_session()

    # -- commands ----------------------------------------------------------------------

    def execute(self, raw: bytes) -> bytes:
        """Answer one command APDU. Never raises: a bad command gets its status word."""
        with self._lock:
            keeps_consent = False
            try:
                command = CommandApdu.parse(bytes(raw))
                answer = self._dispatch(command)
                keeps_consent = _keeps_signature_consent(command)
            except CardError as error:
                answer = response(sw=error.sw)
            except Exception:
                log.exception("the card failed on APDU %s", bytes(raw).hex())
                answer = response(sw=SW.NO_PRECISE_DIAGNOSIS)
            if not keeps_consent:
                self._session.signature_pin_fresh = False
            self.transcript.append((bytes(raw), answer))
            if log.isEnabledFor(logging.DEBUG):
                log.debug(
                    "card %s: > %s < %s", self.person_id, bytes(raw).hex(" "), answer.hex(" ")
                )
            return answer

    def _dispatch(self, command: CommandApdu) -> bytes:
        session = self._session
        if command.ins != GET_RESPONSE:
            session.pending = b""
        if command.cla not in (CLA_ISO, CLA_PROPRIETARY):
            raise CardError(SW.CLASS_NOT_SUPPORTED)
        entry = self._handlers.get(command.ins)
        if entry is None:
            raise CardError(SW.INSTRUCTION_NOT_SUPPORTED)
        cla, handler = entry
        if command.cla != cla:
            raise CardError(SW.CLASS_NOT_SUPPORTED)
        return handler(command)

    # SELECT ------------------------------------------------------------------------------

    def _select(self, command: CommandApdu) -> bytes:
        if command.p2 not in (0x00, 0x0C):
            raise CardError(SW.INCORRECT_P1_P2, "SELECT answers no FCI: P2 is 00 or 0C")
        if not command.data:
            raise CardError(SW.WRONG_LENGTH, "SELECT needs a file identifier, path or AID")
        found = self._find(command.p1, command.data)
        if found is None:
            raise CardError(SW.FILE_NOT_FOUND)
        session = self._session
        if isinstance(found, DedicatedFile):
            session.current_df, session.current_ef = found, None
        else:
            session.current_df = self.image.files.folder(found.parent)
            session.current_ef = found
        return response()

    def _find(self, p1: int, data: bytes) -> DedicatedFile | ElementaryFile | None:
        """The file SELECT names: by AID (P1 04), by file identifier in the current DF
        (00, 01, 02), by path from the MF (08, with or without a leading 3F00) or from the
        current DF (09)."""
        files = self.image.files
        if p1 == 0x04:
            return files.mf if data == layout.APPLET_AID else files.by_aid(data)
        if p1 in (0x00, 0x01, 0x02):
            if len(data) != 2:
                raise CardError(SW.WRONG_LENGTH, "a file identifier has 2 bytes")
            return files.mf if data == layout.MF else files.walk(self._session.current_df, data)
        if p1 not in (0x08, 0x09):
            raise CardError(SW.INCORRECT_P1_P2, f"SELECT P1 {p1:02X} is not supported")
        if len(data) % 2:
            raise CardError(SW.WRONG_LENGTH, "a path is a list of 2-byte file identifiers")
        if p1 == 0x09:
            return files.walk(self._session.current_df, data)
        path = data[2:] if data.startswith(layout.MF) else data
        return files.walk(files.mf, path) if path else files.mf

    # READ BINARY and GET CARD DATA -------------------------------------------------------

    def _read_binary(self, command: CommandApdu) -> bytes:
        if command.p1 & 0x80:
            raise CardError(SW.INCORRECT_P1_P2, "short file identifiers are not supported")
        if command.data:
            raise CardError(SW.WRONG_LENGTH, "READ BINARY takes no data")
        if command.le is None:
            raise CardError(SW.WRONG_LENGTH, "READ BINARY needs Le")
        current = self._session.current_ef
        if current is None:
            raise CardError(SW.COMMAND_NOT_ALLOWED_NO_CURRENT_EF)
        offset = command.p1p2
        content = current.content
        if offset >= len(content):
            raise CardError(SW.WRONG_PARAMETERS, "offset at or past the end of the file")
        remaining = len(content) - offset
        if command.le > remaining:
            raise CardError(wrong_le(remaining))
        return response(content[offset : offset + command.le])

    def _get_card_data(self, command: CommandApdu) -> bytes:
        if command.p1p2 != 0:
            raise CardError(SW.INCORRECT_P1_P2)
        if command.data:
            raise CardError(SW.WRONG_LENGTH, "GET CARD DATA takes no data")
        data = self.image.card_data
        if command.le != len(data):
            raise CardError(wrong_le(len(data)))
        return response(data)

    # PIN -----------------------------------------------------------------------------------

    @staticmethod
    def _check_pin_reference(command: CommandApdu) -> None:
        if command.p1 not in (0x00, 0x01):
            raise CardError(SW.INCORRECT_P1_P2)
        if command.p2 != layout.PIN_REFERENCE:
            raise CardError(SW.REFERENCED_DATA_NOT_FOUND, f"no PIN {command.p2:02X}")

    def _verify(self, command: CommandApdu) -> bytes:
        self._check_pin_reference(command)
        if command.p1 != 0x00:
            raise CardError(SW.INCORRECT_P1_P2)
        session = self._session
        if not command.data:  # how many tries are left?
            if session.pin_verified and not self.pin.blocked:
                return response()
            raise CardError(self.pin.status())
        if len(command.data) != BLOCK_LENGTH:
            raise CardError(SW.WRONG_LENGTH, f"a PIN block has {BLOCK_LENGTH} bytes")
        try:
            self.pin.check(command.data)
        except CardError as error:
            if error.sw != SW.WRONG_DATA:
                session.pin_verified = session.signature_pin_fresh = False
            raise
        session.pin_verified = session.signature_pin_fresh = True
        return response()

    def _change_reference_data(self, command: CommandApdu) -> bytes:
        self._check_pin_reference(command)
        if command.p1 != 0x00:
            raise CardError(SW.INCORRECT_P1_P2, "CHANGE REFERENCE DATA needs the current PIN")
        if len(command.data) != 2 * BLOCK_LENGTH:
            raise CardError(SW.WRONG_LENGTH, "current and new PIN blocks: 16 bytes")
        session = self._session
        try:
            self.pin.change(command.data[:BLOCK_LENGTH], command.data[BLOCK_LENGTH:])
        except CardError as error:
            if error.sw != SW.WRONG_DATA:
                session.pin_verified = False
            raise
        session.pin_verified = True
        return response()

    def _reset_retry_counter(self, command: CommandApdu) -> bytes:
        self._check_pin_reference(command)
        expected = 2 * BLOCK_LENGTH if command.p1 == 0x00 else BLOCK_LENGTH
        if len(command.data) != expected:
            raise CardError(SW.WRONG_LENGTH, f"RESET RETRY COUNTER P1 {command.p1:02X}: {expected}")
        new_pin = command.data[BLOCK_LENGTH:] if command.p1 == 0x00 else None
        self.pin.unblock(command.data[:BLOCK_LENGTH], new_pin)
        return response()

    # Signatures ----------------------------------------------------------------------------

    def _manage_security_environment(self, command: CommandApdu) -> bytes:
        if command.p1p2 != MSE_SET_DIGITAL_SIGNATURE:
            raise CardError(SW.INCORRECT_P1_P2, "only MSE SET for digital signatures (41 B6)")
        data = command.data
        # BELPIC's own layout: length 04, tag 80 + algorithm, tag 84 + key reference.
        if len(data) != 5 or data[0] != 4 or data[1] != 0x80 or data[3] != 0x84:
            raise CardError(SW.WRONG_DATA, "expected 04 80 <algorithm> 84 <key>")
        try:
            key = KeyReference(data[4])
        except ValueError:
            raise CardError(SW.REFERENCED_DATA_NOT_FOUND, f"no key {data[4]:02X}") from None
        try:
            algorithm = Algorithm(data[2])
        except ValueError:
            raise CardError(SW.WRONG_DATA, f"algorithm {data[2]:02X} not supported") from None
        self._session.key, self._session.algorithm = key, algorithm
        return response()

    def _perform_security_operation(self, command: CommandApdu) -> bytes:
        if command.p1p2 != PSO_COMPUTE_DIGITAL_SIGNATURE:
            raise CardError(SW.INCORRECT_P1_P2, "only COMPUTE DIGITAL SIGNATURE (9E 9A)")
        if not command.data:
            raise CardError(SW.WRONG_LENGTH, "nothing to sign")
        session = self._session
        if session.key is None or session.algorithm is None:
            raise CardError(SW.CONDITIONS_OF_USE_NOT_SATISFIED, "no MSE SET before the PSO")
        if session.key is KeyReference.NON_REPUDIATION:
            if not session.signature_pin_fresh:
                raise CardError(SW.SECURITY_STATUS_NOT_SATISFIED, "VERIFY right before signing")
            session.signature_pin_fresh = False
        elif not session.pin_verified:
            raise CardError(SW.SECURITY_STATUS_NOT_SATISFIED, "VERIFY first")
        signature = signing.sign(self.image.keys[session.key], session.algorithm, command.data)
        return self._answer_with(signature, command.le)

    def _answer_with(self, data: bytes, le: int | None) -> bytes:
        """T=0 style: no Le -> 61xx and GET RESPONSE; too small an Le -> 6Cxx."""
        if le is None:
            self._session.pending = data
            return response(sw=bytes_available(len(data)))
        if le < len(data):
            raise CardError(wrong_le(len(data)))
        return response(data)

    def _get_response(self, command: CommandApdu) -> bytes:
        if command.p1p2 != 0:
            raise CardError(SW.INCORRECT_P1_P2)
        session = self._session
        if not session.pending:
            raise CardError(SW.CONDITIONS_OF_USE_NOT_SATISFIED, "no response data waiting")
        if command.data or command.le is None:
            raise CardError(SW.WRONG_LENGTH)
        chunk, session.pending = session.pending[: command.le], session.pending[command.le :]
        if session.pending:
            return response(chunk, bytes_available(len(session.pending)))
        return response(chunk)

    def _get_challenge(self, command: CommandApdu) -> bytes:
        """Random bytes from the card; a fixed stream per card, so runs repeat."""
        if command.p1p2 != 0:
            raise CardError(SW.INCORRECT_P1_P2)
        if command.data or command.le is None:
            raise CardError(SW.WRONG_LENGTH)
        out = b""
        while len(out) < command.le:
            self._challenges += 1
            seed = f"{self.image.person_id}:challenge:{self._challenges}".encode()
            out += hashlib.sha256(seed).digest()
        return response(out[: command.le])
