"""``persopoint merge-runs``: merge the runs of shards into the one run a guide is built from."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from guidebook.baselines import compare_run
from guidebook.run_merge import MergeError, edition_of, merge_runs
from guidebook.run_record import DEFAULT_RUNS_DIR, RunDirectory

if TYPE_CHECKING:
    import argparse

EXIT_FAILURE = 1


def register(commands: Any) -> None:
    parser = commands.add_parser(
        "merge-runs",
        help="merge the runs of shards into one run for the guide",
        description=(
            "Merge the runs of shards (make test SHARD=K/N on several machines), each the "
            "run folder of one edition (it holds run.json), into one run. Refuses runs of "
            "different code versions, editions or seeds, unfinished runs, and a screenshot "
            "or scenario in two runs. Then compares the merged screenshots with the approved "
            "images, like a run does."
        ),
    )
    parser.add_argument("runs", nargs="+", type=Path, metavar="DIR", help="a shard's run")
    parser.add_argument(
        "--run-dir",
        type=Path,
        default=Path(DEFAULT_RUNS_DIR),
        metavar="DIR",
        help=f"the runs folder the merged run goes to (default {DEFAULT_RUNS_DIR}): a new run "
        "of the edition, which the guide then reads",
    )
    parser.set_defaults(run=run)


def run(arguments: argparse.Namespace) -> int:
    runs = [RunDirectory(path) for path in arguments.runs]
    try:
        edition = edition_of(runs[0])
        target, summary = merge_runs(runs, arguments.run_dir)
    except MergeError as error:
        print(f"persopoint merge-runs: {error}", file=sys.stderr)
        return EXIT_FAILURE
    comparison = compare_run(target, Path.cwd(), edition)
    print(
        f"merged {len(runs)} runs of edition {edition} into {target.root}: "
        f"{summary['scenarios']} scenarios ({summary['failed']} failed), {summary['shots']} "
        f"screenshots; {len(comparison.changed)} changed since the approved image, "
        f"{len(comparison.new)} new"
    )
    return 0
