"""Putting a card in a virtual reader and taking it out, as pcscd sees it.

``insert`` returns once PC/SC reports the card present (with our ATR); ``pull`` once it
reports the reader empty. Both wait with ``SCardGetStatusChange``. A lock per slot keeps two
of our processes (pytest-xdist workers, ``persopoint card``) from using one slot at once.
Any card the vpcd transport can serve (``vpcd.CardOS``) goes in: the virtual eID of
``eid_card.cards``, or a test's own.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Self

from mock_services.smartcard.pcsc_host import stack
from mock_services.smartcard.pcsc_host.errors import PcscError
from mock_services.smartcard.pcsc_host.locks import FileLock
from mock_services.smartcard.pcsc_host.pcsc import PcscContext, ReaderState
from mock_services.smartcard.pcsc_host.pcscd import PcscdError, reader_namespace
from mock_services.smartcard.pcsc_host.vpcd import CardOS, VpcdConnection

if TYPE_CHECKING:
    from types import TracebackType

INSERT_TIMEOUT_SECONDS = 10.0


class SlotError(RuntimeError):
    """The virtual reader cannot take the card."""


class SlotBusyError(SlotError):
    def __init__(self, slot: int, why: str) -> None:
        super().__init__(
            f"vpcd slot {slot} ({stack.reader_name(slot)!r}) is busy: {why}. Pull that card "
            "out first, or use the other slot (--slot 0 or --slot 1)."
        )


class VirtualReader:
    """One vpcd slot. ``with VirtualReader(0).insert(card) as reader: ...`` pulls at the end."""

    def __init__(self, slot: int = 0, *, timeout: float = INSERT_TIMEOUT_SECONDS) -> None:
        stack.check_slot(slot)
        self.slot = slot
        self.name = stack.reader_name(slot)
        self.timeout = timeout
        self.card: CardOS | None = None
        self._connection: VpcdConnection | None = None
        self._lock = FileLock(f"own-vpcd-slot-{slot}")
        self._locked_by_insert = False

    @property
    def inserted(self) -> bool:
        return self._connection is not None

    @property
    def reserved(self) -> bool:
        """Whether this object holds the slot's lock (``reserve``, or ``insert`` by itself)."""
        return self._lock.held

    @property
    def ejected(self) -> threading.Event:
        """Set when the connection to vpcd ends (pulled, or pcscd went away)."""
        if self._connection is None:
            done = threading.Event()
            done.set()
            return done
        return self._connection.closed

    def insert(self, card: CardOS, *, wait_for_slot: float | None = None) -> Self:
        """Put ``card`` in the reader and wait until pcscd sees it.

        ``wait_for_slot``: how long to wait for another of our processes to free the slot
        (default: the insert timeout; 0 to fail at once).
        """
        if self._connection is not None:
            raise SlotError(f"{self.name!r} already holds a card; pull it first")
        locked_here = not self._lock.held
        if locked_here:
            self.reserve(wait_for_slot)
        try:
            self._insert(card)
        except BaseException:
            if locked_here:
                self.release()
            raise
        self._locked_by_insert = locked_here
        return self

    def reserve(self, wait: float | None = None) -> None:
        """Keep our other processes out of this slot until ``release`` (``insert`` does it
        by itself); waits up to ``wait`` seconds (default: the insert timeout)."""
        patience = self.timeout if wait is None else wait
        if not self._lock.acquire(timeout=patience):
            raise SlotBusyError(self.slot, "another persopoint process has a card in it")

    def release(self) -> None:
        self._lock.release()

    def _insert(self, card: CardOS) -> None:
        context = self._context()
        try:
            readers = context.readers()
            if self.name not in readers:
                raise SlotError(
                    f"pcscd has no reader {self.name!r} (readers: {readers or 'none'}); is "
                    f"vsmartcard-vpcd installed ({stack.VPCD_DRIVER})?"
                )
            if context.state(self.name).present:
                raise SlotBusyError(self.slot, "a card is already in it")
            try:
                namespace = reader_namespace()
            except PcscdError as error:
                raise SlotError(str(error)) from error
            connection = VpcdConnection(card, slot=self.slot, namespace=namespace)
            connection.open()
            seen = context.wait([self.name], lambda s: _holds(s, card), self.timeout)
            if seen is None:
                connection.close()
                raise SlotBusyError(
                    self.slot,
                    f"pcscd did not pick up the card within {self.timeout:g} s "
                    "(another program may be connected to vpcd on this slot)",
                )
        finally:
            context.close()
        self._connection, self.card = connection, card

    def renew(self, card: CardOS) -> None:
        """The card in the reader starts over as ``card``, a fresh copy of it (same ATR),
        without leaving the reader: pcscd sees no removal. For a harness that puts the world,
        the card included, back in its initial state between tests."""
        connection = self._connection
        if connection is None:
            raise SlotError(f"there is no card in {self.name!r} to renew")
        if card.atr != connection.card.atr:
            raise SlotError(
                f"a card with another ATR cannot take the place of the one in {self.name!r}"
            )
        connection.card = self.card = card

    def pull(self) -> None:
        """Take the card out and wait until pcscd sees the reader empty."""
        connection, self._connection = self._connection, None
        if connection is None:
            return
        try:
            connection.close()
            context = self._context()
            try:
                gone = context.wait([self.name], lambda s: s.empty, self.timeout)
            finally:
                context.close()
            if gone is None:
                raise SlotError(f"pcscd still sees a card in {self.name!r} after the pull")
        finally:
            self.card = None
            if self._locked_by_insert:
                self._locked_by_insert = False
                self.release()

    @staticmethod
    def _context() -> PcscContext:
        try:
            return PcscContext()
        except PcscError as error:
            raise SlotError(
                f"{error}: persopoint card, persopoint world and the test fixtures start the "
                "project's pcscd (as root)"
            ) from error

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.pull()


def _holds(state: ReaderState, card: CardOS) -> bool:
    return state.present and state.atr == card.atr
