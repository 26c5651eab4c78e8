"""``persopoint world``: run every service until interrupted and print where they are."""

from __future__ import annotations

import argparse
import json
import signal
import sys
import threading
from typing import Any
from zoneinfo import ZoneInfo

from mock_services.eid_card import stack
from mock_services.eid_card.pcscd import PcscDaemon, PcscdError
from mock_services.hosting import ServiceStartError, WorldHost
from mock_services.registry import SERVICES
from mock_services.world import DEFAULT_SEED, World, WorldSettings

# The page of each service a visitor starts from.
ENTRY_PATHS = {
    "bosa": "/nl/applications/persoselfservice-scope",
    "persocontact": "/persocontact",
    "control": "/api/world",
    "csam": "/.well-known/openid-configuration",
    "itsme": "/.well-known/openid-configuration",
    "eid_middleware": "/_health",
}


def register(commands: Any) -> None:
    parser = commands.add_parser(
        "world",
        help="start every mock service and print their URLs",
        description="Start every mock service on loopback and keep them running until Ctrl-C.",
    )
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help="seed of the world")
    parser.add_argument(
        "--json",
        action="store_true",
        help="print one line of JSON (service name -> URL) once every service answers",
    )
    parser.add_argument(
        "--slot",
        type=int,
        default=0,
        choices=range(stack.VPCD_SLOTS),
        help="vpcd slot of the reader the eID software uses (insert a card there with "
        "`persopoint card PERSON --slot N`; default 0)",
    )
    parser.add_argument(
        "--no-pcscd",
        action="store_true",
        help="do not start pcscd (the eID login then works only if one runs already)",
    )
    parser.set_defaults(run=run)


def entry_urls(world: World) -> dict[str, str]:
    return {name: world.url(name, ENTRY_PATHS.get(name, "/")) for name in world.urls}


def _describe(world: World, pcscd_problem: str | None) -> str:
    local = world.clock.now().astimezone(ZoneInfo(world.settings.timezone))
    width = max(len(name) for name in world.urls)
    reader = stack.reader_name(world.settings.card_slot)
    card = (
        f"eID card reader: {reader!r} (insert a card: persopoint card an "
        f"--slot {world.settings.card_slot})"
        if pcscd_problem is None
        else f"eID login unavailable: {pcscd_problem}"
    )
    lines = [
        f"PersoPoint world running (seed {world.seed}, world clock "
        f"{local:%Y-%m-%d %H:%M} {world.settings.timezone})",
        *(f"  {name:<{width}}  {url}" for name, url in entry_urls(world).items()),
        card,
        "Press Ctrl-C to stop.",
    ]
    return "\n".join(lines)


def _start_pcscd(pcscd: PcscDaemon) -> str | None:
    """Start pcscd if none runs; the reason the eID login will not work, or None."""
    try:
        pcscd.start()
    except PcscdError as error:
        return str(error)
    return None


def run(arguments: argparse.Namespace) -> int:
    world = World(WorldSettings(seed=arguments.seed, card_slot=arguments.slot))
    stop = threading.Event()
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: stop.set())
    pcscd = PcscDaemon()
    pcscd_problem = None if arguments.no_pcscd else _start_pcscd(pcscd)
    try:
        host = WorldHost(world, SERVICES)
        host.start()
    except ServiceStartError as error:
        print(f"persopoint world: {error}", file=sys.stderr)
        pcscd.stop()
        return 1
    try:
        if arguments.json:
            print(json.dumps(entry_urls(world)), flush=True)
        else:
            print(_describe(world, pcscd_problem), flush=True)
        stop.wait()
    finally:
        host.stop()
        pcscd.stop()
    if not arguments.json:
        print("PersoPoint world stopped.", flush=True)
    return 0
