"""``persopoint world``: run every service until interrupted and print where they are."""

from __future__ import annotations

import argparse
import json
import signal
import sys
import threading
from typing import Any
from zoneinfo import ZoneInfo

from mock_services.hosting import ServiceStartError, WorldHost
from mock_services.registry import SERVICES
from mock_services.world import DEFAULT_SEED, World, WorldSettings

# The page of each service a visitor starts from.
ENTRY_PATHS = {
    "bosa": "/nl/applications/persoselfservice-scope",
    "persocontact": "/persocontact",
    "control": "/api/world",
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
    parser.set_defaults(run=run)


def entry_urls(world: World) -> dict[str, str]:
    return {name: world.url(name, ENTRY_PATHS.get(name, "/")) for name in world.urls}


def _describe(world: World) -> str:
    local = world.clock.now().astimezone(ZoneInfo(world.settings.timezone))
    width = max(len(name) for name in world.urls)
    lines = [
        f"PersoPoint world running (seed {world.seed}, world clock "
        f"{local:%Y-%m-%d %H:%M} {world.settings.timezone})",
        *(f"  {name:<{width}}  {url}" for name, url in entry_urls(world).items()),
        "Press Ctrl-C to stop.",
    ]
    return "\n".join(lines)


def run(arguments: argparse.Namespace) -> int:
    world = World(WorldSettings(seed=arguments.seed))
    stop = threading.Event()
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: stop.set())
    try:
        host = WorldHost(world, SERVICES)
        host.start()
    except ServiceStartError as error:
        print(f"persopoint world: {error}", file=sys.stderr)
        return 1
    try:
        if arguments.json:
            print(json.dumps(entry_urls(world)), flush=True)
        else:
            print(_describe(world), flush=True)
        stop.wait()
    finally:
        host.stop()
    if not arguments.json:
        print("PersoPoint world stopped.", flush=True)
    return 0
