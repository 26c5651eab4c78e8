"""Merging the runs of shards (parts of the suite run on several machines) into one run.

The merged run is what one run of the whole suite would have left: the screenshots and
scenario results of every shard, and a summary spanning them. Runs are merged only when they
can be: each finished (has its ``run.json``), all of one edition, one seed and one version of
the code, and no screenshot or scenario in two of them.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from guidebook.run_history import HISTORY_FOLDER, RunHistory
from guidebook.run_record import EDITION_NAME, RunDirectory, RunSummary


class MergeError(ValueError):
    """The runs cannot be merged; the message says why and which run."""


def edition_of(run: RunDirectory) -> str:
    """A run's edition: the name of its folder (``<runs>/<edition>``, the pointer a session
    leaves), or of its history folder (``<runs>/history/<edition>/<stamp>``)."""
    for folder in (run.root, run.root.parent):
        if EDITION_NAME.match(folder.name) and (
            folder is run.root or folder.parent.name == HISTORY_FOLDER
        ):
            return folder.name
    raise MergeError(
        f"{run.root} is not the run of an edition: name the edition's run folder, like "
        "build/shards/1-of-4/nl"
    )


def _summary(run: RunDirectory) -> RunSummary:
    summary = run.summary()
    if summary is None:
        raise MergeError(f"{run.root} is not a finished run (it has no run.json)")
    if not summary.get("code", {}).get("commit"):
        raise MergeError(f"{run.root}: its run.json does not say which code made it")
    return summary


def _one(values: dict[Path, object], what: str) -> None:
    if len(set(map(repr, values.values()))) > 1:
        listing = "; ".join(f"{path}: {value}" for path, value in values.items())
        raise MergeError(f"the runs differ in {what}, so they cannot make one guide: {listing}")


def check_mergeable(runs: Sequence[RunDirectory]) -> dict[Path, RunSummary]:
    """The runs' summaries, once every reason not to merge them is ruled out."""
    if not runs:
        raise MergeError("name at least one run to merge")
    if len({run.root.resolve() for run in runs}) != len(runs):
        raise MergeError("a run is named twice")
    summaries = {run.root: _summary(run) for run in runs}
    _one({run.root: edition_of(run) for run in runs}, "edition")
    _one({path: summary.get("code") for path, summary in summaries.items()}, "code version")
    _one({path: summary["seed"] for path, summary in summaries.items()}, "world seed")
    owner: dict[str, Path] = {}
    for run in runs:
        for shot in run.shots():
            if shot in owner:
                raise MergeError(f"screenshot {shot!r} is in both {owner[shot]} and {run.root}")
            owner[shot] = run.root
    scenarios: dict[str, Path] = {}
    for run in runs:
        for result in run.scenario_results():
            nodeid = result["nodeid"]
            if nodeid in scenarios:
                raise MergeError(
                    f"scenario {nodeid} ran in both {scenarios[nodeid]} and {run.root}"
                )
            scenarios[nodeid] = run.root
    return summaries


def merge_runs(runs: Sequence[RunDirectory], runs_dir: Path) -> tuple[RunDirectory, RunSummary]:
    """Merge ``runs`` into a new run of their edition in the runs folder ``runs_dir``, which
    then becomes the edition's run the guide is built from (``guidebook.run_history``)."""
    summaries = check_mergeable(runs)
    history = RunHistory(runs_dir, edition_of(runs[0]))
    target = history.start()
    for run in runs:
        for name, record in run.shots().items():
            png = target.shot_png(name)
            png.parent.mkdir(parents=True, exist_ok=True)
            png.write_bytes(run.shot_png(name).read_bytes())
            target.write_shot(record)
        for result in run.scenario_results():
            target.write_result(result)
    first = next(iter(summaries.values()))
    summary = target.write_summary(
        started=min(summary["started"] for summary in summaries.values()),
        finished=max(summary["finished"] for summary in summaries.values()),
        seed=first["seed"],
        code=first.get("code"),
    )
    history.promote(target)
    return target, summary
