"""The ``persopoint`` command: start the simulated world (and, later, insert virtual cards)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from mock_services.commands import baselines as baselines_command
from mock_services.commands import card as card_command
from mock_services.commands import merge_runs as merge_runs_command
from mock_services.commands import retrace as retrace_command
from mock_services.commands import steps as steps_command
from mock_services.commands import world as world_command


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="persopoint",
        description="The simulated world behind the PersoPoint login guide.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    world_command.register(commands)
    card_command.register(commands)
    steps_command.register(commands)
    merge_runs_command.register(commands)
    baselines_command.register(commands)
    retrace_command.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    arguments = parser.parse_args(argv)
    result: int = arguments.run(arguments)
    return result


if __name__ == "__main__":
    sys.exit(main())
