"""Starting and sharing the project's pcscd, with stand-ins for the daemon where a real one
would clash."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from mock_services.smartcard.pcsc_host import stack
from mock_services.smartcard.pcsc_host.pcscd import PcscDaemon, PcscdError, socket_accepts

if TYPE_CHECKING:
    from pathlib import Path


def test_missing_binary_is_explained(tmp_path: Path) -> None:
    daemon = PcscDaemon(binary=str(tmp_path / "no-pcscd"), run_dir=tmp_path)
    with pytest.raises(PcscdError, match="is not installed"):
        daemon.start()
    assert not daemon.started_here


def test_daemon_that_dies_at_start_is_reported(tmp_path: Path) -> None:
    daemon = PcscDaemon(binary="false", run_dir=tmp_path)
    with pytest.raises(PcscdError, match="exited with status 1"):
        daemon.start()


def test_daemon_that_never_opens_its_socket_is_stopped(tmp_path: Path) -> None:
    script = tmp_path / "silent-pcscd"
    script.write_text("#!/bin/sh\nexec tail -f /dev/null\n")
    script.chmod(0o755)
    daemon = PcscDaemon(binary=str(script), run_dir=tmp_path / "run", start_timeout=0.2)
    with pytest.raises(PcscdError, match="did not open"):
        daemon.start()
    assert daemon.process is None


def test_stale_socket_file_is_not_a_running_pcscd(tmp_path: Path) -> None:
    stale = tmp_path / "pcscd.comm"
    stale.write_bytes(b"")
    assert not socket_accepts(str(stale))


@pytest.mark.pcsc
def test_second_lease_shares_the_running_pcscd(pcscd: PcscDaemon) -> None:
    assert socket_accepts(stack.PCSCD_SOCKET)
    with PcscDaemon() as second:
        assert not second.started_here
    assert socket_accepts(stack.PCSCD_SOCKET)
