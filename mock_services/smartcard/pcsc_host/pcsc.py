"""PC/SC through pyscard: readers, waiting for card events, and talking to a card.

Waiting is always ``SCardGetStatusChange``: pcscd wakes us when a reader's state changes.
Importing this module points libpcsclite at the project's pcscd (``stack.use_project_pcscd``).
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, cast

from smartcard import scard

from mock_services.smartcard.pcsc_host import stack
from mock_services.smartcard.pcsc_host.errors import (
    CardRemovedError,
    MalformedApduError,
    NoCardError,
    NoReaderError,
    PcscError,
)

if TYPE_CHECKING:
    from collections.abc import Callable

stack.use_project_pcscd()

INFINITE = 0xFFFFFFFF
APDU_HEADER_LENGTH = 4
NO_SERVICE = "no PC/SC service (pcscd) is running, so no card reader can be found"
REMOVED = (scard.SCARD_W_REMOVED_CARD, scard.SCARD_E_NO_SMARTCARD)
GONE = (
    scard.SCARD_E_NO_SERVICE,
    scard.SCARD_E_SERVICE_STOPPED,
    scard.SCARD_E_UNKNOWN_READER,
    scard.SCARD_E_READER_UNAVAILABLE,
)


def message(hresult: int) -> str:
    return cast("str", scard.SCardGetErrorMessage(hresult))


def _check(hresult: int, doing: str) -> None:
    if hresult == scard.SCARD_S_SUCCESS:
        return
    if hresult in (scard.SCARD_E_NO_SERVICE, scard.SCARD_E_SERVICE_STOPPED):
        raise NoReaderError(NO_SERVICE)
    if hresult in (scard.SCARD_E_UNKNOWN_READER, scard.SCARD_E_READER_UNAVAILABLE):
        raise NoReaderError(f"the card reader went away while {doing}")
    if hresult in REMOVED:
        raise CardRemovedError(f"the card was removed while {doing}")
    raise PcscError(f"PC/SC failed while {doing}: {message(hresult)}")


@dataclass(frozen=True)
class ReaderState:
    reader: str
    flags: int
    atr: bytes

    @property
    def present(self) -> bool:
        return bool(self.flags & scard.SCARD_STATE_PRESENT)

    @property
    def empty(self) -> bool:
        return bool(self.flags & scard.SCARD_STATE_EMPTY)


class CardChannel:
    """A connection to the card in one reader."""

    def __init__(self, handle: int, protocol: int, reader: str) -> None:
        self._handle = handle
        self._protocol = protocol
        self.reader = reader

    def transmit(self, apdu: bytes) -> bytes:
        """The card's answer to ``apdu``; MalformedApduError, unsent, when it is too short."""
        if len(apdu) < APDU_HEADER_LENGTH:
            raise MalformedApduError(apdu)
        hresult, answer = scard.SCardTransmit(self._handle, self._protocol, list(apdu))
        _check(hresult, "talking to the card")
        return bytes(answer)

    def close(self) -> None:
        scard.SCardDisconnect(self._handle, scard.SCARD_LEAVE_CARD)


class PcscContext:
    """One PC/SC context. Not shared between threads."""

    def __init__(self) -> None:
        hresult, context = scard.SCardEstablishContext(scard.SCARD_SCOPE_USER)
        _check(hresult, "connecting to the PC/SC service")
        self._context: int = context

    def close(self) -> None:
        scard.SCardReleaseContext(self._context)

    def readers(self) -> list[str]:
        hresult, readers = scard.SCardListReaders(self._context, [])
        if hresult in (scard.SCARD_E_NO_READERS_AVAILABLE, scard.SCARD_E_READER_UNAVAILABLE):
            return []
        _check(hresult, "listing the card readers")
        return list(readers)

    def state(self, reader: str) -> ReaderState:
        return self._status([(reader, scard.SCARD_STATE_UNAWARE)], 0)[0]

    def _status(self, known: list[tuple[str, int]], timeout_ms: int) -> list[ReaderState]:
        hresult, states = scard.SCardGetStatusChange(self._context, timeout_ms, known)
        if hresult == scard.SCARD_E_TIMEOUT:
            raise TimeoutError
        _check(hresult, "watching the card readers")
        return [ReaderState(reader, flags, bytes(atr)) for reader, flags, atr in states]

    def wait(
        self,
        readers: list[str],
        until: Callable[[ReaderState], bool],
        timeout: float | None,
    ) -> ReaderState | None:
        """The first state of one of ``readers`` for which ``until`` holds; None on timeout."""
        deadline = None if timeout is None else time.monotonic() + timeout
        states = [(reader, scard.SCARD_STATE_UNAWARE) for reader in readers]
        wait_ms = 0
        while True:
            try:
                current = self._status(states, wait_ms)
            except TimeoutError:
                current = []
            for state in current:
                if until(state):
                    return state
            if current:
                states = [(s.reader, s.flags & ~scard.SCARD_STATE_CHANGED) for s in current]
            if deadline is None:
                wait_ms = INFINITE
            else:
                left = deadline - time.monotonic()
                if left <= 0:
                    return None
                wait_ms = max(1, int(left * 1000))

    def connect(self, reader: str) -> CardChannel:
        hresult, handle, protocol = scard.SCardConnect(
            self._context,
            reader,
            scard.SCARD_SHARE_SHARED,
            scard.SCARD_PROTOCOL_T0 | scard.SCARD_PROTOCOL_T1,
        )
        if hresult in (scard.SCARD_E_NO_SMARTCARD, scard.SCARD_W_REMOVED_CARD):
            raise NoCardError(f"there is no card in {reader!r}")
        _check(hresult, f"connecting to the card in {reader!r}")
        return CardChannel(handle, protocol, reader)
