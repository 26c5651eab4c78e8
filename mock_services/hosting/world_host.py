"""Serving the world: every system's web app and daemons, each system on its own loopback
address, its web app on a free port.

Separate addresses give each service its own origin, so cookies and redirects behave as
between real hosts. A listener taken ``down`` by a fault really stops listening, and comes
back on the same address when the fault is cleared.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from types import TracebackType
from typing import Self

import requests

from mock_services.control import api as control_api
from mock_services.hosting.http import ServiceServer
from mock_services.hosting.registry import systems as all_systems
from mock_services.hosting.spec import Listener, ServiceStartError, SystemSpec
from mock_services.world import World
from mock_services.world.faults import Fault
from mock_services.world.i18n import catalogue

READY_TIMEOUT_SECONDS = 10.0
CONTROL = "control"
FIRST_ADDRESS = 2
"""127.0.0.2 is the control API's; the systems follow in name order."""


class WorldHost:
    """Starts, stops and supervises every listener of a world."""

    def __init__(
        self,
        world: World,
        systems: Iterable[SystemSpec] | None = None,
        *,
        without: Iterable[str] = (),
        listen_host: str | None = None,
    ) -> None:
        """``systems``: default every system of the registry; ``without``: names of listeners
        not to start (``pcscd`` when the machine's own runs, say); ``listen_host``: one address
        for every listener (each on its own port), for a browser on another machine."""
        self.world = world
        self.systems = tuple(all_systems() if systems is None else systems)
        self.listeners: dict[str, Listener] = {}
        self.optional: set[str] = set()
        self.unavailable: dict[str, str] = {}
        """Optional listeners that could not start, with the reason."""
        self.fault_targets: dict[str, list[str]] = {}
        """Per fault target, the listeners it takes down: a system's web app and the daemons
        that follow its faults; a daemon also by its own name."""
        skipped = set(without)
        self._add(
            ServiceServer(
                CONTROL, control_api.create_app(world, self.systems), listen_host or _address(0)
            )
        )
        for offset, spec in enumerate(self.systems, start=1):
            host = listen_host or _address(offset)
            members = self.fault_targets.setdefault(spec.name, [])
            if spec.create_app is not None:
                self._add(ServiceServer(spec.name, spec.create_app(world), host))
                members.append(spec.name)
            for daemon in spec.daemons:
                if daemon.name in skipped:
                    continue
                self._add(daemon.create(world, host))
                self.fault_targets[daemon.name] = [daemon.name]
                if daemon.follows_system_faults:
                    members.append(daemon.name)
                if daemon.optional:
                    self.optional.add(daemon.name)
        world.faults.subscribe(self._on_fault)

    def _add(self, listener: Listener) -> None:
        if listener.name in self.listeners:
            raise ValueError(f"two listeners are called {listener.name!r}")
        self.listeners[listener.name] = listener

    @property
    def servers(self) -> dict[str, ServiceServer]:
        """The web apps, by service name."""
        return {
            name: listener
            for name, listener in self.listeners.items()
            if isinstance(listener, ServiceServer)
        }

    def start(self) -> None:
        logging.getLogger("werkzeug").setLevel(logging.WARNING)
        try:
            for name, listener in self.listeners.items():
                try:
                    listener.start()
                except ServiceStartError as error:
                    if name not in self.optional:
                        raise
                    self.unavailable[name] = str(error)
                    continue
                if listener.url:
                    self.world.urls[name] = listener.url
            self.wait_until_ready()
            catalogue()  # every page's texts: read now, not during the first page's request
        except BaseException:
            self.stop()
            raise

    def stop(self) -> None:
        for listener in reversed(self.listeners.values()):
            listener.stop()

    def wait_until_ready(self) -> None:
        """Return once every running web app answers its health check."""
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
        for name in self.fault_targets.get(service, ()):
            listener = self.listeners[name]
            if fault is Fault.DOWN:
                listener.stop()
            elif not listener.running:
                listener.start()

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


def _address(offset: int) -> str:
    return f"127.0.0.{FIRST_ADDRESS + offset}"
