"""Locks shared between processes (pytest-xdist workers, the CLI), on files in the temp dir.

Waiting for a lock is waiting on a condition: a helper thread blocks in ``flock`` and the
caller waits for it with a timeout. A wait that times out leaves the helper to release the
lock as soon as it gets it.
"""

from __future__ import annotations

import fcntl
import os
import tempfile
import threading
from pathlib import Path


def lock_path(name: str) -> Path:
    return Path(tempfile.gettempdir()) / f"persopoint-{name}.lock"


class FileLock:
    """An ``flock`` on ``<tmp>/persopoint-<name>.lock``, exclusive or shared."""

    def __init__(self, name: str, *, shared: bool = False) -> None:
        self.path = lock_path(name)
        self._operation = fcntl.LOCK_SH if shared else fcntl.LOCK_EX
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self, timeout: float | None = None) -> bool:
        """Take the lock; False when ``timeout`` seconds pass first (None: wait for ever)."""
        if self._fd is not None:
            raise RuntimeError(f"{self.path} is already held by this object")
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o666)
        try:
            fcntl.flock(fd, self._operation | fcntl.LOCK_NB)
        except BlockingIOError:
            if timeout == 0:
                os.close(fd)
                return False
            if not self._wait(fd, timeout):
                return False  # the helper thread closes fd once it gets the lock
        except BaseException:
            os.close(fd)
            raise
        self._fd = fd
        return True

    def _wait(self, fd: int, timeout: float | None) -> bool:
        got = threading.Event()
        guard = threading.Lock()
        abandoned = False

        def block() -> None:
            fcntl.flock(fd, self._operation)
            with guard:
                if abandoned:
                    fcntl.flock(fd, fcntl.LOCK_UN)
                    os.close(fd)
                    return
                got.set()

        threading.Thread(target=block, name=f"lock {self.path.name}", daemon=True).start()
        if got.wait(timeout):
            return True
        with guard:
            if got.is_set():
                return True
            abandoned = True
        return False

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)
