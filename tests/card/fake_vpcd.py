"""A stand-in for vpcd's side of the socket, to test the card's transport without pcscd."""

from __future__ import annotations

import socket
from typing import TYPE_CHECKING, Self

from mock_services.smartcard.pcsc_host.vpcd import VpcdConnection

if TYPE_CHECKING:
    from types import TracebackType

    from mock_services.smartcard.pcsc_host.vpcd import CardOS


class FakeVpcd:
    """Listens like vpcd, takes the card's connection, and sends what vpcd would."""

    def __init__(self, card: CardOS) -> None:
        self._server = socket.create_server(("127.0.0.1", 0))
        self.connection = VpcdConnection(card, port=self._server.getsockname()[1])
        self.connection.open()
        self.peer, _ = self._server.accept()

    def send(self, payload: bytes) -> None:
        """Length and payload in two writes, as vpcd does."""
        self.peer.sendall(len(payload).to_bytes(2, "big"))
        self.peer.sendall(payload)

    def receive(self) -> bytes:
        size = int.from_bytes(self._exactly(2), "big")
        return self._exactly(size)

    def _exactly(self, count: int) -> bytes:
        data = b""
        while len(data) < count:
            chunk = self.peer.recv(count - len(data))
            if not chunk:
                raise ConnectionError("the card closed the connection")
            data += chunk
        return data

    def transmit(self, apdu: bytes) -> bytes:
        self.send(apdu)
        return self.receive()

    def close(self) -> None:
        self.connection.close()
        self.peer.close()
        self._server.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()
