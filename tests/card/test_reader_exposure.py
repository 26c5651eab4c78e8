"""The virtual readers take cards from this machine only, as every service binds to loopback.

Issue 17: with Debian's configuration (/etc/reader.conf.d/vpcd) vpcd listens on every address,
so a card server on another machine could plug a card into "Virtual PCD 00 01" and the eID
software would read its certificate. vpcd has no bind-address setting, and its "reversed" mode
(vpcd connects to the card) crashes Debian 12's pcscd as soon as no card answers. So the
project runs its own pcscd in a network namespace that has loopback only: vpcd still listens
on every address, but that namespace has no address but 127.0.0.1.
"""

from __future__ import annotations

import ipaddress
import itertools
import os
import socket
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from mock_services.smartcard.pcsc_host import netns, stack
from mock_services.smartcard.pcsc_host.pcscd import reader_namespace

if TYPE_CHECKING:
    from fixtures.card import InsertCard
    from mock_services.smartcard.pcsc_host.daemon import PcscdListener

pytestmark = pytest.mark.pcsc

LISTEN = "0A"
CONNECT_TIMEOUT_SECONDS = 2.0
PORTS = {stack.vpcd_port(slot) for slot in range(stack.VPCD_SLOTS)}


def _address(hex_address: str, version: int) -> ipaddress.IPv4Address | ipaddress.IPv6Address:
    raw = bytes.fromhex(hex_address)
    # The kernel prints each 32-bit word in host (little-endian) order.
    words = b"".join(raw[i : i + 4][::-1] for i in range(0, len(raw), 4))
    return ipaddress.IPv4Address(words) if version == 4 else ipaddress.IPv6Address(words)


def listeners(net: Path, ports: set[int]) -> list[tuple[str, int]]:
    """(address, port) of every TCP socket listening on one of ``ports``, from the tables of
    a ``/proc/.../net`` folder."""
    found = []
    for table, version in (("tcp", 4), ("tcp6", 6)):
        path = net / table
        if not path.exists():
            continue
        for line in path.read_text(encoding="ascii").splitlines()[1:]:
            fields = line.split()
            address, port = fields[1].split(":")
            if fields[3] == LISTEN and int(port, 16) in ports:
                found.append((str(_address(address, version)), int(port, 16)))
    return found


def machine_addresses() -> list[str]:
    """This machine's own IPv4 and global IPv6 addresses, loopback left out."""
    found: set[str] = set()
    lines = Path("/proc/net/fib_trie").read_text(encoding="ascii").splitlines()
    for line, following in itertools.pairwise(lines):
        if "/32 host LOCAL" in following:
            found.add(line.split()[-1])
    inet6 = Path("/proc/net/if_inet6")
    if inet6.exists():
        for line in inet6.read_text(encoding="ascii").splitlines():
            found.add(str(ipaddress.IPv6Address(bytes.fromhex(line.split()[0]))))
    return sorted(
        address
        for address in found
        if not (ip := ipaddress.ip_address(address)).is_loopback and not ip.is_link_local
    )


def reaches(address: str, port: int) -> bool:
    """Whether a card server could connect to ``address``:``port`` (it closes at once)."""
    try:
        with socket.create_connection((address, port), CONNECT_TIMEOUT_SECONDS):
            return True
    except OSError:
        return False


def test_no_other_address_of_the_machine_reaches_a_reader(
    pcscd: PcscdListener, insert_card: InsertCard
) -> None:
    addresses = machine_addresses()
    if not addresses:
        pytest.skip("this machine has no address but loopback")
    with insert_card("an") as reader:  # the readers do take a card, over loopback
        assert reader.inserted
        exposed = [(a, port) for a in addresses for port in sorted(PORTS) if reaches(a, port)]
    assert exposed == [], f"vpcd slots reachable from the network: {exposed}"


def test_the_readers_listen_in_a_namespace_that_has_loopback_only(pcscd: PcscdListener) -> None:
    namespace = reader_namespace()
    assert os.stat(namespace).st_ino != os.stat("/proc/self/ns/net").st_ino
    pid = int(namespace.parts[2])
    assert netns.interfaces(pid) == ["lo"]
    slots = listeners(Path(f"/proc/{pid}/net"), PORTS)
    assert {port for _, port in slots} == PORTS, f"vpcd does not listen on {PORTS}: {slots}"
