"""Running pcscd: start it when none runs, share it, and stop only what we started.

Only one pcscd runs per machine, and several processes (pytest-xdist workers, the world,
``persopoint card``) may need it at once. Each user holds a shared lock for as long as it
needs pcscd; the process that started pcscd waits, when it is done, for the exclusive lock
(every other user gone) before it sends SIGTERM.
"""

from __future__ import annotations

import contextlib
import socket
import subprocess
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING, Self

from mock_services.smartcard.pcsc_host import stack
from mock_services.smartcard.pcsc_host.locks import FileLock

if TYPE_CHECKING:
    from types import TracebackType

START_TIMEOUT_SECONDS = 10.0
STOP_TIMEOUT_SECONDS = 10.0
POLL_SECONDS = 0.005  # how long to wait for pcscd to exit between two readiness checks


class PcscdError(RuntimeError):
    pass


def socket_accepts(path: str = stack.PCSCD_SOCKET) -> bool:
    """Whether a pcscd answers on its socket (a stale socket file refuses connections)."""
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as probe:
        try:
            probe.connect(path)
        except OSError:
            return False
    return True


def log_path() -> Path:
    return Path(tempfile.gettempdir()) / "persopoint-pcscd.log"


class PcscDaemon:
    """A lease on the machine's pcscd; use as a context manager or ``start``/``stop``."""

    def __init__(
        self,
        *,
        binary: str = stack.PCSCD_BINARY,
        socket_path: str = stack.PCSCD_SOCKET,
        start_timeout: float = START_TIMEOUT_SECONDS,
    ) -> None:
        self.binary = binary
        self.socket_path = socket_path
        self.start_timeout = start_timeout
        self.process: subprocess.Popen[bytes] | None = None
        self._users = FileLock("pcscd-users", shared=True)
        self._starting = FileLock("pcscd-start")

    @property
    def leased(self) -> bool:
        """Whether this lease holds pcscd (between ``start`` and ``stop``)."""
        return self._users.held

    @property
    def started_here(self) -> bool:
        """Whether this lease started pcscd (and so will stop it)."""
        return self.process is not None

    def start(self) -> None:
        """Make sure pcscd runs, starting ``pcscd --foreground`` if none does."""
        if self._users.held:
            return
        if not self._starting.acquire(timeout=self.start_timeout):
            raise PcscdError(f"another process kept {self._starting.path} locked too long")
        try:
            if not socket_accepts(self.socket_path):
                self._launch()
            if not self._users.acquire(timeout=self.start_timeout):
                raise PcscdError("pcscd is being stopped by another process")
        finally:
            self._starting.release()

    def _launch(self) -> None:
        log = log_path().open("ab")
        try:
            self.process = subprocess.Popen(
                [self.binary, "--foreground"],
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        except FileNotFoundError:
            raise PcscdError(
                f"{self.binary!r} is not installed; install Debian's pcscd and "
                "vsmartcard-vpcd (scripts/setup does)"
            ) from None
        finally:
            log.close()
        deadline = time.monotonic() + self.start_timeout
        while not socket_accepts(self.socket_path):
            try:
                code = self.process.wait(timeout=POLL_SECONDS)
            except subprocess.TimeoutExpired:
                if time.monotonic() > deadline:
                    self._terminate()
                    raise PcscdError(
                        f"pcscd did not open {self.socket_path} within {self.start_timeout:g} s"
                    ) from None
                continue
            self.process = None
            raise PcscdError(
                f"pcscd exited with status {code} at start (are you root?); see {log_path()}"
            )

    def stop(self) -> None:
        """Give the lease back; stop pcscd if we started it, once no one else uses it."""
        if not self._users.held:
            return
        self._users.release()
        if self.process is None:
            return
        exclusive = FileLock("pcscd-users")
        exclusive.acquire()  # every other user has let go
        try:
            self._terminate()
        finally:
            exclusive.release()

    def _terminate(self) -> None:
        process, self.process = self.process, None
        if process is None or process.poll() is not None:
            return
        process.terminate()
        try:
            process.wait(timeout=STOP_TIMEOUT_SECONDS)
        except subprocess.TimeoutExpired:
            process.kill()
            with contextlib.suppress(subprocess.TimeoutExpired):
                process.wait(timeout=STOP_TIMEOUT_SECONDS)

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
