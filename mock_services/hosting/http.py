"""One web app of the world, served on its own address by a thread of its own."""

from __future__ import annotations

import os
import selectors
import threading
from dataclasses import dataclass, field

from flask import Flask
from werkzeug.serving import BaseWSGIServer, make_server

from mock_services.hosting.spec import ServiceStartError


@dataclass
class ServiceServer:
    """One service's HTTP server, running in a thread of its own."""

    name: str
    app: Flask
    host: str
    port: int = 0
    _server: BaseWSGIServer | None = field(default=None, repr=False)
    _thread: threading.Thread | None = field(default=None, repr=False)
    _wake_write: int = field(default=-1, repr=False)

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def running(self) -> bool:
        return self._server is not None

    def start(self) -> None:
        if self._server is not None:
            return
        try:
            server = make_server(self.host, self.port, self.app, threaded=True)
        except OSError as error:
            raise ServiceStartError(
                f"service {self.name!r} cannot listen on {self.host}:{self.port}: {error}"
            ) from error
        self.port = server.server_port
        self._server = server
        wake_read, self._wake_write = os.pipe()
        self._thread = threading.Thread(
            target=self._serve, args=(server, wake_read), name=f"service-{self.name}", daemon=True
        )
        self._thread.start()

    @staticmethod
    def _serve(server: BaseWSGIServer, wake_read: int) -> None:
        """Accept connections until a byte arrives on the wake-up pipe.

        socketserver's own serve_forever notices a shutdown only at its next poll (0.5 s),
        which made every "service down" and every session end half a second slower.
        """
        with selectors.DefaultSelector() as selector:
            selector.register(server.socket, selectors.EVENT_READ)
            selector.register(wake_read, selectors.EVENT_READ)
            try:
                while True:
                    ready = {key.fileobj for key, _ in selector.select()}
                    if wake_read in ready:
                        return
                    server.handle_request()  # the socket is readable: accepts at once
            finally:
                os.close(wake_read)

    def stop(self) -> None:
        server, thread = self._server, self._thread
        self._server = self._thread = None
        if thread is not None:
            os.write(self._wake_write, b"x")
            thread.join()
            os.close(self._wake_write)
        if server is not None:
            server.server_close()
