"""``persopoint steps``: the step catalogue for scenario writers (``steps.catalogue``).

The steps live in the repository beside this package, not in the installed package, so the
command reads them from the repository this package belongs to."""

from __future__ import annotations

import argparse
import importlib
import sys
from pathlib import Path
from typing import Any

REPOSITORY = Path(__file__).resolve().parents[2]


def register(commands: Any) -> None:
    parser = commands.add_parser(
        "steps",
        help="list the Dutch step sentences, screen names and test persons",
        description="List every step sentence the features may use, with its parameters and an "
        "example, the screen names and the test persons.",
    )
    parser.add_argument(
        "--markdown", action="store_true", help="print docs/steps.md (the developer docs' page)"
    )
    parser.set_defaults(run=run)


def run(arguments: argparse.Namespace) -> int:
    if not (REPOSITORY / "steps" / "__init__.py").is_file():
        print("persopoint steps: run it from the repository (steps/ is not here)", file=sys.stderr)
        return 2
    if str(REPOSITORY) not in sys.path:
        sys.path.insert(0, str(REPOSITORY))
    catalogue = importlib.import_module("steps.catalogue")
    entries = catalogue.step_entries()
    shown = catalogue.as_markdown(entries) if arguments.markdown else catalogue.as_text(entries)
    print(shown, end="")
    return 0
