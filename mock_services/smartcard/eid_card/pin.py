"""The card's PIN and its try counter (the block format is ``belpic.pin_block``).

Three wrong PINs in a row block the PIN; only the PUK unblocks it. The counter lives in the
card's memory: pulling the card out does not reset it.
"""

from __future__ import annotations

import hmac
import threading

from mock_services.smartcard.belpic.apdu import SW, CardError, wrong_pin
from mock_services.smartcard.belpic.layout import PIN_TRIES
from mock_services.smartcard.belpic.pin_block import (
    PinFormatError,
    decode_pin_block,
    encode_pin_block,
)


class Pin:
    """The PIN and PUK of one card, with the try counter. Thread-safe."""

    def __init__(self, pin: str, puk: str, tries: int = PIN_TRIES) -> None:
        encode_pin_block(pin)  # validates
        self._pin = pin
        self._puk = puk
        self._max_tries = tries
        self._tries_left = tries
        self._lock = threading.Lock()

    @property
    def tries_left(self) -> int:
        return self._tries_left

    @property
    def blocked(self) -> bool:
        return self._tries_left == 0

    def status(self) -> int:
        """What VERIFY without data answers: 63Cx, or 6983 when blocked."""
        if self.blocked:
            return SW.AUTHENTICATION_METHOD_BLOCKED
        return wrong_pin(self._tries_left)

    def check(self, block: bytes) -> None:
        """Verify a PIN block; a wrong PIN costs a try (63Cx), a blocked PIN answers 6983."""
        candidate = self._decode(block)
        with self._lock:
            if self.blocked:
                raise CardError(SW.AUTHENTICATION_METHOD_BLOCKED, "the PIN is blocked")
            if not hmac.compare_digest(candidate, self._pin):
                self._tries_left -= 1
                raise CardError(wrong_pin(self._tries_left), "wrong PIN")
            self._tries_left = self._max_tries

    def change(self, old_block: bytes, new_block: bytes) -> None:
        new = self._decode(new_block)
        self.check(old_block)
        with self._lock:
            self._pin = new

    def unblock(self, puk_block: bytes, new_block: bytes | None) -> None:
        """RESET RETRY COUNTER with the PUK, optionally setting a new PIN."""
        puk = self._decode(puk_block)
        new = self._decode(new_block) if new_block is not None else None
        with self._lock:
            if not hmac.compare_digest(puk, self._puk):
                raise CardError(SW.SECURITY_STATUS_NOT_SATISFIED, "wrong PUK")
            self._tries_left = self._max_tries
            if new is not None:
                self._pin = new

    @staticmethod
    def _decode(block: bytes) -> str:
        try:
            return decode_pin_block(block)
        except PinFormatError as error:
            raise CardError(SW.WRONG_DATA, str(error)) from error
