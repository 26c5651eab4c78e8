"""How a simulated system declares itself to the world: once, in its own ``spec.py``.

Every list the world, the harness and the CLI need (which services to serve, where a visitor
starts, which services a fault step may name, which pytest markers exist) is derived from
these declarations; nothing else names the systems.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from flask import Blueprint, Flask

    from mock_services.world import World


class ServiceStartError(RuntimeError):
    """A listener could not start; the message says why and what to do."""


class Listener(Protocol):
    """Something of a system that runs while the world runs: its web app, an SMTP listener,
    the PC's pcscd. A fault ``down`` on ``name`` stops it; clearing the fault starts it again
    on the same address."""

    name: str
    """The service name: key of ``world.urls`` and of the fault board."""

    @property
    def url(self) -> str:
        """Where it listens (``http://…``, ``smtp://…``), or "" if it has no address."""
        ...

    @property
    def running(self) -> bool: ...

    def start(self) -> None: ...

    def stop(self) -> None: ...


@dataclass(frozen=True)
class DaemonSpec:
    """A non-HTTP listener of a system, made for a world on the system's loopback address."""

    name: str
    create: Callable[[World, str], Listener]
    """``create(world, host)``: the listener, not yet started."""
    optional: bool = False
    """If it cannot start, the world runs without it (and says why) instead of failing."""
    follows_system_faults: bool = False
    """Whether a fault of the whole system (``down`` on ``mail``) stops it too. The SMTP
    listener of the mail system does; the PC's pcscd does not go down with the eID software."""


@dataclass(frozen=True)
class SystemSpec:
    name: str
    """Service name of the system's web app (``csam``): its key in ``world.urls``, the prefix
    of its ``world.state`` keys, its fault target and its pytest marker."""
    display_name: str
    """How the features name it (``CSAM``, ``PersoSelfService``)."""
    description: str
    """One line: what the system is (the marker's help, the CLI's listing)."""
    create_app: Callable[[World], Flask] | None = None
    entry_path: str = "/"
    """The page a visitor starts from (``persopoint world`` prints it)."""
    daemons: tuple[DaemonSpec, ...] = ()
    controls: Callable[[World], Blueprint] | None = None
    """Test-facing knobs of the system, mounted on the control API (``/api/…``)."""
