"""The virtual readers must take cards from this machine only, as every service binds to loopback.

Open finding (issue 17): with Debian's vpcd configuration (``DEVICENAME /dev/null:0x8C7B``)
vpcd listens on every address, so a card server on another machine can plug a card into
"Virtual PCD 00 01". vpcd has no bind-address setting; its "reversed" mode (a host name in
DEVICENAME) makes vpcd connect to a card server instead, which can then listen on loopback.
The test reads the kernel's table of listening sockets instead of connecting: a connection to
a vpcd slot is a card insertion, which would disturb the other users of the shared pcscd.
"""

from __future__ import annotations

import ipaddress
from pathlib import Path

import pytest

from mock_services.smartcard.pcsc_host import stack
from mock_services.smartcard.pcsc_host.daemon import PcscdListener

pytestmark = pytest.mark.pcsc

LISTEN = "0A"
TABLES = {"/proc/net/tcp": 4, "/proc/net/tcp6": 6}


def _address(hex_address: str, version: int) -> ipaddress.IPv4Address | ipaddress.IPv6Address:
    raw = bytes.fromhex(hex_address)
    # The kernel prints each 32-bit word in host (little-endian) order.
    words = b"".join(raw[i : i + 4][::-1] for i in range(0, len(raw), 4))
    return ipaddress.IPv4Address(words) if version == 4 else ipaddress.IPv6Address(words)


def listeners(ports: set[int]) -> list[tuple[str, int]]:
    """(address, port) of every TCP socket listening on one of ``ports``."""
    found = []
    for table, version in TABLES.items():
        path = Path(table)
        if not path.exists():
            continue
        for line in path.read_text(encoding="ascii").splitlines()[1:]:
            fields = line.split()
            address, port = fields[1].split(":")
            if fields[3] == LISTEN and int(port, 16) in ports:
                found.append((str(_address(address, version)), int(port, 16)))
    return found


@pytest.mark.xfail(
    strict=True,
    reason="vpcd in Debian's default mode listens on every address; the loopback-only "
    "(reversed) mode needs pcscd restarted with a project reader.conf (issue 17)",
)
def test_the_virtual_readers_listen_on_loopback_only(pcscd: PcscdListener) -> None:
    ports = {stack.vpcd_port(slot) for slot in range(stack.VPCD_SLOTS)}
    exposed = [
        (address, port)
        for address, port in listeners(ports)
        if not ipaddress.ip_address(address).is_loopback
    ]
    assert exposed == [], f"vpcd slots reachable from the network: {exposed}"
