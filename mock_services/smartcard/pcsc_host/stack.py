"""Where the Debian PC/SC stack lives, and where the project's own pcscd runs: the only
machine paths the project writes down, and the one place that decides which pcscd we use.

Debian's ``pcscd`` serves PC/SC on a Unix socket; ``vsmartcard-vpcd`` gives it two virtual
readers whose cards connect over TCP; ``opensc-pkcs11`` is the independent middleware the card
is checked against. The machine's own pcscd (with Debian's /etc/reader.conf.d/vpcd) is left
alone: its vpcd slots listen on every address. The project runs a pcscd of its own (see
``pcscd``) in a network namespace that has loopback only, with its own socket and reader.conf;
every process of ours reaches it through ``PCSCLITE_CSOCK_NAME``, which libpcsclite reads.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

PCSCD_BINARY = "pcscd"
PCSCD_IPC_DIR = "/run/pcscd"  # where Debian's pcscd puts its socket and pid file
VPCD_DRIVER = "/usr/lib/pcsc/drivers/serial/libifdvpcd.so"
SOCKET_VARIABLE = "PCSCLITE_CSOCK_NAME"

# Ours: bind-mounted over PCSCD_IPC_DIR for our pcscd, so its socket and pid file land here.
RUN_DIR = Path(tempfile.gettempdir()) / "persopoint-pcscd"
PCSCD_SOCKET = str(RUN_DIR / "pcscd.comm")
READER_CONF_DIR = RUN_DIR / "reader.conf.d"

VPCD_HOST = "127.0.0.1"
# Not Debian's 35963 and 35964: on this machine's own addresses those may be the machine's
# pcscd's slots, and a port of ours must never lead there.
VPCD_BASE_PORT = 0x8C7D
VPCD_SLOTS = 2
VPCD_FRIENDLY_NAME = "Virtual PCD"

OPENSC_PKCS11_MODULE = "/usr/lib/x86_64-linux-gnu/opensc-pkcs11.so"


def pcsclite_environment() -> dict[str, str]:
    """What a program's environment needs for its libpcsclite to use the project's pcscd."""
    return {SOCKET_VARIABLE: PCSCD_SOCKET}


def use_project_pcscd() -> None:
    """Point libpcsclite (pyscard, OpenSC, ...) of this process and its children at the
    project's pcscd. Must run before the first PC/SC context: libpcsclite reads it once."""
    os.environ.update(pcsclite_environment())


def reader_conf() -> str:
    """The reader.conf of the project's pcscd: vpcd's two slots, in its default (listening)
    mode, on our ports. The namespace keeps them off the network."""
    return (
        f'FRIENDLYNAME "{VPCD_FRIENDLY_NAME}"\n'
        f"DEVICENAME   /dev/null:0x{VPCD_BASE_PORT:04X}\n"
        f"LIBPATH      {VPCD_DRIVER}\n"
        f"CHANNELID    0x{VPCD_BASE_PORT:04X}\n"
    )


def vpcd_port(slot: int) -> int:
    check_slot(slot)
    return VPCD_BASE_PORT + slot


def reader_name(slot: int) -> str:
    """The PC/SC name of a vpcd slot's reader: ``Virtual PCD 00 00``, ``Virtual PCD 00 01``."""
    check_slot(slot)
    return f"{VPCD_FRIENDLY_NAME} 00 {slot:02d}"


def check_slot(slot: int) -> None:
    if not 0 <= slot < VPCD_SLOTS:
        raise ValueError(f"vpcd has slots 0 to {VPCD_SLOTS - 1}, not {slot}")
