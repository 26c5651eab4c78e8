"""Serving the world: every service on its own loopback address and a free port.

Separate addresses give each service its own origin, so cookies and redirects behave as
between real hosts. A service taken ``down`` by a fault really stops listening, and comes
back on the same address when the fault is cleared.
"""

from __future__ import annotations

import logging
import os
import selectors
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from types import TracebackType
from typing import Self

import requests
from flask import Flask
from werkzeug.serving import BaseWSGIServer, make_server

from mock_services.faults import Fault
from mock_services.world import World

AppFactory = Callable[[World], Flask]

READY_TIMEOUT_SECONDS = 10.0


class ServiceStartError(RuntimeError):
    pass


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


class WorldHost:
    """Starts, stops and supervises every service of a world."""

    def __init__(
        self,
        world: World,
        factories: Mapping[str, AppFactory],
        first_address: int = 2,
    ) -> None:
        self.world = world
        self.servers: dict[str, ServiceServer] = {}
        for offset, (name, factory) in enumerate(factories.items()):
            host = f"127.0.0.{first_address + offset}"
            self.servers[name] = ServiceServer(name=name, app=factory(world), host=host)
        world.faults.subscribe(self._on_fault)

    def start(self) -> None:
        logging.getLogger("werkzeug").setLevel(logging.WARNING)
        try:
            for server in self.servers.values():
                server.start()
                self.world.urls[server.name] = server.url
            self.wait_until_ready()
        except BaseException:
            self.stop()
            raise

    def stop(self) -> None:
        for server in self.servers.values():
            server.stop()

    def wait_until_ready(self) -> None:
        """Return once every running service answers its health check."""
        with requests.Session() as http:
            for server in self.servers.values():
                if not server.running:
                    continue
                try:
                    answer = http.get(server.url + "/_health", timeout=READY_TIMEOUT_SECONDS)
                    answer.raise_for_status()
                except requests.RequestException as error:
                    raise ServiceStartError(
                        f"service {server.name!r} at {server.url} does not answer: {error}"
                    ) from error

    def _on_fault(self, service: str, fault: Fault | None) -> None:
        server = self.servers.get(service)
        if server is None:
            return
        if fault is Fault.DOWN:
            server.stop()
        elif not server.running:
            server.start()

    def __enter__(self) -> Self:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()
