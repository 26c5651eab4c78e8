"""``persopoint card``: put a test person's eID card in a virtual reader until interrupted."""

from __future__ import annotations

import logging
import signal
import sys
import threading
from typing import TYPE_CHECKING, Any

from mock_services.hosting.spec import ServiceStartError
from mock_services.smartcard.eid_card.cards import card_for
from mock_services.smartcard.pcsc_host import stack
from mock_services.smartcard.pcsc_host.daemon import PcscdListener
from mock_services.smartcard.pcsc_host.slot import SlotError, VirtualReader
from mock_services.smartcard.pcsc_host.vpcd import VpcdUnreachableError
from mock_services.world.people import UnknownPersonError, format_national_number, persons

if TYPE_CHECKING:
    import argparse

EXIT_FAILURE = 1
EXIT_USAGE = 2


def register(commands: Any) -> None:
    parser = commands.add_parser(
        "card",
        help="insert a test person's eID card in a virtual reader",
        description=(
            "Insert the eID card of a test person in a virtual card reader (vpcd) and keep "
            "it there until Ctrl-C. Starts the project's pcscd (loopback only) if it does not "
            "run, and stops it afterwards."
        ),
    )
    parser.add_argument("person", nargs="?", help="id of the test person (see --list)")
    parser.add_argument(
        "--slot",
        type=int,
        choices=range(stack.VPCD_SLOTS),
        default=0,
        help="vpcd slot: 0 is 'Virtual PCD 00 00', 1 is 'Virtual PCD 00 01' (default 0)",
    )
    parser.add_argument(
        "--wait-for-slot",
        type=float,
        default=0.0,
        metavar="SECONDS",
        help="wait this long for another persopoint process to free the slot (default 0)",
    )
    parser.add_argument("--list", action="store_true", help="list the test persons and exit")
    parser.add_argument("--trace", action="store_true", help="print every APDU the card gets")
    parser.set_defaults(run=run)


def describe_persons() -> str:
    rows = [("id", "name", "national number", "PIN", "card")]
    rows += [
        (p.id, p.full_name, format_national_number(p.national_number), p.pin, p.card)
        for p in persons().values()
    ]
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    return "\n".join(
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
        for row in rows
    )


def run(arguments: argparse.Namespace) -> int:
    if arguments.list:
        print(describe_persons())
        return 0
    if arguments.person is None:
        print("persopoint card: name a test person, or --list them", file=sys.stderr)
        return EXIT_USAGE
    try:
        card = card_for(arguments.person)
    except UnknownPersonError as error:
        print(f"persopoint card: {error.args[0]}", file=sys.stderr)
        return EXIT_USAGE
    if arguments.trace:
        logging.basicConfig(format="%(message)s")
        logging.getLogger("mock_services.smartcard.eid_card.applet").setLevel(logging.DEBUG)

    stop = threading.Event()
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: stop.set())
    pcscd = PcscdListener()
    reader = VirtualReader(arguments.slot)
    try:
        pcscd.start()
        reader.insert(card, wait_for_slot=arguments.wait_for_slot)
    except (ServiceStartError, SlotError, VpcdUnreachableError) as error:
        print(f"persopoint card: {error}", file=sys.stderr)
        reader.pull()
        pcscd.stop()
        return EXIT_FAILURE
    someone = persons()[card.person_id]
    print(
        f"The eID card of {someone.full_name} ({format_national_number(someone.national_number)}"
        f", PIN {someone.pin}) is in {reader.name!r}."
        + (" The project's pcscd was started for it." if pcscd.daemon.started_here else "")
        + "\nOther PC/SC programs (OpenSC, ...) find the reader with "
        + f"{stack.SOCKET_VARIABLE}={stack.PCSCD_SOCKET} in their environment."
        + "\nPress Ctrl-C to pull it out.",
        flush=True,
    )
    ejected = reader.ejected

    def stop_when_ejected() -> None:
        ejected.wait()
        stop.set()

    threading.Thread(target=stop_when_ejected, daemon=True).start()
    stop.wait()
    lost = ejected.is_set()
    try:
        reader.pull()
    except SlotError as error:
        print(f"persopoint card: {error}", file=sys.stderr)
    finally:
        pcscd.stop()
    if lost:
        print("persopoint card: the virtual reader went away (pcscd stopped?)", file=sys.stderr)
        return EXIT_FAILURE
    print("Card pulled out.", flush=True)
    return 0
