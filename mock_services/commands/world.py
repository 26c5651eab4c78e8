"""``persopoint world``: run every service until interrupted and print where they are."""

from __future__ import annotations

import argparse
import json
import signal
import sys
import threading
from typing import Any
from zoneinfo import ZoneInfo

from mock_services.hosting.registry import systems
from mock_services.hosting.spec import ServiceStartError
from mock_services.hosting.world_host import CONTROL, WorldHost
from mock_services.smartcard.pcsc_host import stack
from mock_services.smartcard.pcsc_host.daemon import NAME as PCSCD
from mock_services.world import DEFAULT_SEED, DEFAULT_START, World, WorldSettings
from mock_services.world.clock import instant_argument

CONTROL_ENTRY_PATH = "/api/world"


def register(commands: Any) -> None:
    parser = commands.add_parser(
        "world",
        help="start every mock service and print their URLs",
        description="Start every mock service on loopback and keep them running until Ctrl-C.",
    )
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help="seed of the world")
    parser.add_argument(
        "--world-time",
        type=instant_argument,
        default=DEFAULT_START,
        metavar="ISO",
        help="the world clock's start, with its offset, e.g. 2026-03-02T09:00:00+01:00 "
        f"(default {DEFAULT_START.isoformat()})",
    )
    parser.add_argument(
        "--reproducible-secrets",
        action="store_true",
        help="derive cookie keys, state, nonce, codes and tokens from the seed too "
        "(debugging only: anyone who knows the seed can then forge a session)",
    )
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
    """Where a visitor starts, per service: the page its system declares; a daemon's own
    address as it is (``smtp://host:port``)."""
    paths = {CONTROL: CONTROL_ENTRY_PATH} | {spec.name: spec.entry_path for spec in systems()}
    return {
        name: world.url(name, paths.get(name, "/")) if url.startswith("http") else url
        for name, url in world.urls.items()
    }


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


def run(arguments: argparse.Namespace) -> int:
    world = World(
        WorldSettings(
            seed=arguments.seed,
            start=arguments.world_time,
            card_slot=arguments.slot,
            reproducible_secrets=arguments.reproducible_secrets,
        )
    )
    stop = threading.Event()
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: stop.set())
    try:
        host = WorldHost(world, without=(PCSCD,) if arguments.no_pcscd else ())
        host.start()
    except ServiceStartError as error:
        print(f"persopoint world: {error}", file=sys.stderr)
        return 1
    pcscd_problem = host.unavailable.get(PCSCD)
    try:
        if arguments.json:
            print(json.dumps(entry_urls(world)), flush=True)
        else:
            print(_describe(world, pcscd_problem), flush=True)
        stop.wait()
    finally:
        host.stop()
    if not arguments.json:
        print("PersoPoint world stopped.", flush=True)
    return 0
