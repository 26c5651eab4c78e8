"""``persopoint approve-baselines``: accept a run's screenshots as the approved images."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from guidebook.baselines import (
    BASELINES_DIR,
    UnknownShotsError,
    approve,
    compare_run,
    read_approval_file,
)
from guidebook.run_record import (
    DEFAULT_EDITION,
    DEFAULT_RUNS_DIR,
    InvalidEditionError,
    InvalidShotNameError,
    edition_run,
)

if TYPE_CHECKING:
    import argparse

EXIT_FAILURE = 1


def register(commands: Any) -> None:
    parser = commands.add_parser(
        "approve-baselines",
        help="approve a run's screenshots as the images later runs are compared with",
        description=(
            f"Copy the run's screenshots (all, or those named) into {BASELINES_DIR}/<edition>/"
            " as the approved images, losslessly re-compressed. Commit them afterwards."
        ),
    )
    parser.add_argument("--run-dir", type=Path, default=Path(DEFAULT_RUNS_DIR), metavar="DIR")
    parser.add_argument("--edition", default=DEFAULT_EDITION)
    parser.add_argument("--shots", default="", metavar="A,B", help="approve only these screenshots")
    parser.add_argument(
        "--file",
        type=Path,
        default=None,
        metavar="FILE",
        help="approve only the screenshots named in FILE, one a line (# starts a comment)",
    )
    parser.set_defaults(run=run)


def run(arguments: argparse.Namespace) -> int:
    root = Path.cwd()
    try:
        chosen: list[str] | None = None
        if arguments.shots:
            chosen = [name.strip() for name in arguments.shots.split(",") if name.strip()]
        if arguments.file is not None:
            chosen = [*(chosen or []), *read_approval_file(arguments.file)]
        run_dir = edition_run(arguments.run_dir, arguments.edition)
        if run_dir.summary() is None:
            print(
                f"persopoint approve-baselines: {run_dir.root} holds no finished run; "
                "run `make test` first",
                file=sys.stderr,
            )
            return EXIT_FAILURE
        written = approve(run_dir, root, arguments.edition, chosen)
    except (UnknownShotsError, InvalidShotNameError, InvalidEditionError, OSError) as error:
        print(f"persopoint approve-baselines: {error}", file=sys.stderr)
        return EXIT_FAILURE
    comparison = compare_run(run_dir, root, arguments.edition)
    print(
        f"approved {len(written)} screenshots into {BASELINES_DIR}/{arguments.edition}"
        + (f": {', '.join(written)}" if written else "")
    )
    if comparison.changed or comparison.new:
        print(
            f"still differing from the approved images: {len(comparison.changed)} changed, "
            f"{len(comparison.new)} new"
        )
    return 0
