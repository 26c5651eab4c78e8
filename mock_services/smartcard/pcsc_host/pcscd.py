"""Running the project's pcscd: start it when none runs, share it, and stop only what we started.

The project does not use the machine's pcscd: with Debian's reader.conf its vpcd slots listen
on every address, so a card server anywhere on the network could put a card in our readers.
Ours runs in namespaces of its own (``unshare``): a network namespace that has loopback only,
where vpcd's slots listen, and a mount namespace where our run directory takes the place of
/run/pcscd, so its socket and pid file never meet the machine's pcscd. Debian's pcscd has no
setting for either (the socket and pid paths are built in), hence the namespaces.

Several processes (pytest-xdist workers, the world, ``persopoint card``) may need it at once.
Each user holds a shared lock for as long as it needs pcscd; the process that started pcscd
waits, when it is done, for the exclusive lock (every other user gone) before it sends SIGTERM.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING, Self

from mock_services.smartcard.pcsc_host import netns, stack
from mock_services.smartcard.pcsc_host.locks import FileLock

if TYPE_CHECKING:
    from types import TracebackType

START_TIMEOUT_SECONDS = 10.0
STOP_TIMEOUT_SECONDS = 10.0
POLL_SECONDS = 0.005  # how long to wait for pcscd to exit between two readiness checks
UNSHARE_BINARY = "unshare"
SOCKET_NAME = Path(stack.PCSCD_SOCKET).name  # pcscd's names in its run directory
PID_FILE_NAME = "pcscd.pid"
# Run by sh in the new namespaces: our run directory becomes /run/pcscd, then pcscd takes
# over the process (so the process we started is pcscd itself, and SIGTERM reaches it).
ENTER_NAMESPACES = 'mount --bind "$1" "$2" && shift 2 && exec "$@"'


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


def reader_namespace(run_dir: Path = stack.RUN_DIR) -> Path:
    """The network namespace of the project's pcscd, where its vpcd slots listen."""
    try:
        pid = int((run_dir / PID_FILE_NAME).read_text(encoding="ascii").strip("\0\n "))
    except (OSError, ValueError):
        raise PcscdError(
            f"the project's pcscd is not running (no pid in {run_dir / PID_FILE_NAME})"
        ) from None
    return netns.of_process(pid)


class PcscDaemon:
    """A lease on the project's pcscd; use as a context manager or ``start``/``stop``."""

    def __init__(
        self,
        *,
        binary: str = stack.PCSCD_BINARY,
        run_dir: Path = stack.RUN_DIR,
        start_timeout: float = START_TIMEOUT_SECONDS,
    ) -> None:
        self.binary = binary
        self.run_dir = run_dir
        self.socket_path = str(run_dir / SOCKET_NAME)
        self.start_timeout = start_timeout
        self.process: subprocess.Popen[bytes] | None = None
        self._users = FileLock("own-pcscd-users", shared=True)
        self._starting = FileLock("own-pcscd-start")

    @property
    def leased(self) -> bool:
        """Whether this lease holds pcscd (between ``start`` and ``stop``)."""
        return self._users.held

    @property
    def started_here(self) -> bool:
        """Whether this lease started pcscd (and so will stop it)."""
        return self.process is not None

    def start(self) -> None:
        """Make sure the project's pcscd runs, starting it if none does."""
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

    def _prepare(self) -> None:
        """The run directory with our reader.conf, and no files of a pcscd that died."""
        for program, package in ((self.binary, "pcscd"), (UNSHARE_BINARY, "util-linux")):
            if shutil.which(program) is None:
                raise PcscdError(
                    f"{program!r} is not installed; install Debian's {package}, pcscd and "
                    "vsmartcard-vpcd (scripts/setup does)"
                )
        self.run_dir.mkdir(mode=0o755, exist_ok=True)
        if self.run_dir.stat().st_uid != os.getuid():
            raise PcscdError(f"{self.run_dir} belongs to another user; remove it")
        for name in (SOCKET_NAME, PID_FILE_NAME):
            (self.run_dir / name).unlink(missing_ok=True)
        conf_dir = self.run_dir / stack.READER_CONF_DIR.name
        conf_dir.mkdir(mode=0o755, exist_ok=True)
        (conf_dir / "vpcd").write_text(stack.reader_conf(), encoding="ascii")
        # The mount point in pcscd's namespace: Debian's pcscd makes it too when it first runs.
        Path(stack.PCSCD_IPC_DIR).mkdir(mode=0o755, parents=True, exist_ok=True)

    def _command(self) -> list[str]:
        conf_dir = self.run_dir / stack.READER_CONF_DIR.name
        return [
            *(UNSHARE_BINARY, "--net", "--mount", "--propagation", "private", "--"),
            *("sh", "-c", ENTER_NAMESPACES, "sh", str(self.run_dir), stack.PCSCD_IPC_DIR),
            *(self.binary, "--foreground", "--config", str(conf_dir)),
        ]

    def _launch(self) -> None:
        self._prepare()
        with log_path().open("ab") as log:
            self.process = subprocess.Popen(
                self._command(), stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT
            )
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
                f"pcscd exited with status {code} at start (are you root? its namespaces "
                f"need it); see {log_path()}"
            )
        try:
            netns.run_in(netns.of_process(self.process.pid), netns.bring_up_loopback)
        except OSError as error:
            self._terminate()
            raise PcscdError(f"cannot switch on loopback in pcscd's namespace: {error}") from None

    def stop(self) -> None:
        """Give the lease back; stop pcscd if we started it, once no one else uses it."""
        if not self._users.held:
            return
        self._users.release()
        if self.process is None:
            return
        exclusive = FileLock("own-pcscd-users")
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
