"""Starting and sharing the project's pcscd, with stand-ins for the daemon where a real one
would clash."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from mock_services.smartcard.pcsc_host import netns, stack
from mock_services.smartcard.pcsc_host.pcscd import (
    PcscDaemon,
    PcscdError,
    reader_namespace,
    socket_accepts,
)


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


def test_run_folder_of_another_user_is_refused(tmp_path: Path) -> None:
    run_dir = tmp_path / "run"
    run_dir.mkdir()
    os.chown(run_dir, os.getuid() + 1, -1)
    daemon = PcscDaemon(binary="true", run_dir=run_dir)
    with pytest.raises(PcscdError, match="belongs to another user"):
        daemon.start()
    assert daemon.process is None


def test_reader_conf_puts_vpcd_on_our_ports() -> None:
    conf = dict(line.split(maxsplit=1) for line in stack.reader_conf().splitlines())
    assert conf["DEVICENAME"] == f"/dev/null:0x{stack.VPCD_BASE_PORT:04X}"
    assert int(conf["CHANNELID"], 16) == stack.vpcd_port(0)
    assert conf["LIBPATH"] == stack.VPCD_DRIVER


def test_no_pid_file_means_no_reader_namespace(tmp_path: Path) -> None:
    with pytest.raises(PcscdError, match="the project's pcscd is not running"):
        reader_namespace(tmp_path)


def test_an_error_inside_a_namespace_reaches_the_caller() -> None:
    def fail() -> None:
        raise ConnectionRefusedError("refused in there")

    with pytest.raises(ConnectionRefusedError, match="refused in there"):
        netns.run_in(Path("/proc/self/ns/net"), fail)
    with pytest.raises(FileNotFoundError):
        netns.run_in(Path("/proc/0/ns/net"), fail)


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
    assert os.environ[stack.SOCKET_VARIABLE] == stack.PCSCD_SOCKET
