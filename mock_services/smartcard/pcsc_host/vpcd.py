"""The vpcd transport: a card process plugged into a virtual reader slot over TCP.

vpcd (the pcscd driver of vsmartcard) listens on one port per slot (``stack.vpcd_port``), in
the network namespace of the project's pcscd, which has loopback only: the card's socket is
made in that namespace (``netns``). Connecting inserts the card; closing the connection pulls
it out. Every message is a
2-byte big-endian length and a payload. A 1-byte payload is a control code (0 power off,
1 power on, 2 reset, 4 send the ATR); anything else is a command APDU, answered with
data + SW1 SW2. vpcd writes the length and the APDU separately, so the card sets TCP_QUICKACK
before every receive: otherwise delayed ACKs add about 40 ms to each APDU.
"""

from __future__ import annotations

import contextlib
import logging
import socket
import threading
from typing import TYPE_CHECKING, Protocol

from mock_services.smartcard.pcsc_host import netns, stack

if TYPE_CHECKING:
    from pathlib import Path

log = logging.getLogger(__name__)

POWER_OFF = 0
POWER_ON = 1
RESET = 2
GET_ATR = 4
CONNECT_TIMEOUT_SECONDS = 5.0


class CardOS(Protocol):
    """What the transport needs of a card."""

    @property
    def atr(self) -> bytes: ...

    def execute(self, raw: bytes) -> bytes: ...

    def power_on(self) -> None: ...

    def power_off(self) -> None: ...

    def reset(self) -> None: ...


class VpcdUnreachableError(ConnectionError):
    def __init__(self, host: str, port: int, reason: str) -> None:
        super().__init__(
            f"cannot reach the virtual card reader at {host}:{port} ({reason}): pcscd with "
            "the vsmartcard-vpcd driver is not running. persopoint card, persopoint world "
            "and the test fixtures start the project's pcscd for you (as root)."
        )


class VpcdConnection:
    """One card in one vpcd slot, served by a background thread until ``close``.

    ``namespace``: the network namespace to connect from (the project's pcscd's); None for
    this process's own (a test's stand-in for vpcd).
    """

    def __init__(
        self,
        card: CardOS,
        *,
        slot: int = 0,
        host: str = stack.VPCD_HOST,
        port: int | None = None,
        namespace: Path | None = None,
    ) -> None:
        self.card = card
        self.slot = slot
        self.host = host
        self.port = stack.vpcd_port(slot) if port is None else port
        self.namespace = namespace
        self.contacted = threading.Event()  # vpcd sent its first message
        self.closed = threading.Event()  # the connection ended, either side
        self._socket: socket.socket | None = None
        self._thread: threading.Thread | None = None

    def open(self) -> None:
        """Connect (insert the card) and start serving vpcd's requests."""
        if self._socket is not None:
            raise RuntimeError("this card is already in the reader")
        try:
            sock = self._connect()
        except OSError as error:
            raise VpcdUnreachableError(self.host, self.port, str(error)) from error
        sock.settimeout(None)
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self._socket = sock
        self._thread = threading.Thread(
            target=self.serve, name=f"vpcd slot {self.slot}", daemon=True
        )
        self._thread.start()

    def _connect(self) -> socket.socket:
        def connect() -> socket.socket:
            return socket.create_connection((self.host, self.port), CONNECT_TIMEOUT_SECONDS)

        return connect() if self.namespace is None else netns.run_in(self.namespace, connect)

    def close(self) -> None:
        """Pull the card out: close the connection and wait for the serving thread."""
        sock = self._socket
        if sock is None:
            return
        with contextlib.suppress(OSError):  # vpcd may have closed first
            sock.shutdown(socket.SHUT_RDWR)
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join()
        sock.close()
        self._socket = None
        self.closed.set()

    def serve(self) -> None:
        """Answer vpcd until either side closes the connection."""
        sock = self._socket
        assert sock is not None
        try:
            while True:
                header = self._receive(sock, 2)
                if header is None:
                    break
                payload = self._receive(sock, int.from_bytes(header, "big"))
                if payload is None:
                    break
                self.contacted.set()
                answer = self._handle(payload)
                if answer is not None:
                    sock.sendall(len(answer).to_bytes(2, "big") + answer)
        except OSError as error:
            log.debug("vpcd slot %d: connection ended: %s", self.slot, error)
        finally:
            self.closed.set()

    def _handle(self, payload: bytes) -> bytes | None:
        if len(payload) == 1:
            code = payload[0]
            if code == GET_ATR:
                return self.card.atr
            if code == POWER_ON:
                self.card.power_on()
            elif code == POWER_OFF:
                self.card.power_off()
            elif code == RESET:
                self.card.reset()
            else:
                log.warning("vpcd slot %d: unknown control code %d", self.slot, code)
            return None
        if not payload:
            return None
        return self.card.execute(payload)

    @staticmethod
    def _receive(sock: socket.socket, count: int) -> bytes | None:
        """Exactly ``count`` bytes, or None when the connection closed."""
        buffer = bytearray()
        while len(buffer) < count:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_QUICKACK, 1)
            chunk = sock.recv(count - len(buffer))
            if not chunk:
                return None
            buffer += chunk
        return bytes(buffer)
