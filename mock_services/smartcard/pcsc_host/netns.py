"""The project's pcscd runs in a network namespace of its own, with loopback as its only
interface: vpcd's slots listen on every address *of that namespace*, so no other machine can
reach them.

A card process reaches a slot by creating its socket inside that namespace: ``setns(2)``
moves only the calling thread, so a short-lived thread joins the namespace, connects, and
hands the connected socket back (a socket stays in the namespace it was made in).
"""

from __future__ import annotations

import ctypes
import fcntl
import os
import socket
import struct
import threading
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from collections.abc import Callable

T = TypeVar("T")

CLONE_NEWNET = 0x40000000
SIOCGIFFLAGS = 0x8913
SIOCSIFFLAGS = 0x8914
IFF_UP = 0x1
IFREQ = struct.Struct("16sh22x")  # struct ifreq: the name and ifr_flags, padded to 40 bytes
LOOPBACK = "lo"


class NamespaceError(OSError):
    pass


def of_process(pid: int) -> Path:
    """The network namespace of process ``pid``."""
    return Path(f"/proc/{pid}/ns/net")


def _enter(namespace: Path) -> None:
    libc = ctypes.CDLL(None, use_errno=True)
    fd = os.open(namespace, os.O_RDONLY | os.O_CLOEXEC)
    try:
        if libc.setns(fd, CLONE_NEWNET) != 0:
            error = ctypes.get_errno()
            raise NamespaceError(error, f"cannot enter {namespace}: {os.strerror(error)}")
    finally:
        os.close(fd)


def run_in(namespace: Path, action: Callable[[], T]) -> T:
    """``action()`` run on a thread that has joined ``namespace``; its result or its error."""
    outcome: list[T] = []
    failure: list[BaseException] = []

    def work() -> None:
        try:
            _enter(namespace)
            outcome.append(action())
        except BaseException as error:  # handed to the caller
            failure.append(error)

    thread = threading.Thread(target=work, name=f"in {namespace}", daemon=True)
    thread.start()
    thread.join()
    if failure:
        raise failure[0]
    return outcome[0]


def bring_up_loopback() -> None:
    """Switch on the loopback interface of the calling thread's namespace (a new network
    namespace starts with it down)."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        request = IFREQ.pack(LOOPBACK.encode(), 0)
        flags: int = IFREQ.unpack(fcntl.ioctl(probe, SIOCGIFFLAGS, request))[1]
        fcntl.ioctl(probe, SIOCSIFFLAGS, IFREQ.pack(LOOPBACK.encode(), flags | IFF_UP))


def interfaces(pid: int) -> list[str]:
    """The network interfaces process ``pid`` sees (from its ``/proc/<pid>/net/dev``)."""
    lines = Path(f"/proc/{pid}/net/dev").read_text(encoding="ascii").splitlines()[2:]
    return [line.split(":", 1)[0].strip() for line in lines]
