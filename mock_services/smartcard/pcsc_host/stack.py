"""Where the Debian PC/SC stack lives: the only machine paths the project writes down.

Debian's ``pcscd`` serves PC/SC on a Unix socket; ``vsmartcard-vpcd`` (configured in
/etc/reader.conf.d/vpcd) gives it two virtual readers whose cards connect over TCP;
``opensc-pkcs11`` is the independent middleware the card is checked against.
"""

from __future__ import annotations

PCSCD_BINARY = "pcscd"
PCSCD_SOCKET = "/run/pcscd/pcscd.comm"
VPCD_CONFIG = "/etc/reader.conf.d/vpcd"

VPCD_HOST = "127.0.0.1"
VPCD_BASE_PORT = 35963
VPCD_SLOTS = 2

OPENSC_PKCS11_MODULE = "/usr/lib/x86_64-linux-gnu/opensc-pkcs11.so"


def vpcd_port(slot: int) -> int:
    check_slot(slot)
    return VPCD_BASE_PORT + slot


def reader_name(slot: int) -> str:
    """The PC/SC name of a vpcd slot's reader: ``Virtual PCD 00 00``, ``Virtual PCD 00 01``."""
    check_slot(slot)
    return f"Virtual PCD 00 {slot:02d}"


def check_slot(slot: int) -> None:
    if not 0 <= slot < VPCD_SLOTS:
        raise ValueError(f"vpcd has slots 0 to {VPCD_SLOTS - 1}, not {slot}")
