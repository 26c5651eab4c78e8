"""Shards merged are one run: two halves of some features (pytest-split), merged with
``persopoint merge-runs``, leave the same screenshots, byte for byte, and the same records
as one run of them all, so the guide built from either is the same."""

from __future__ import annotations

import json
from pathlib import Path

from guidebook.run_record import RunDirectory
from mock_services.cli import main
from tests.qa.conftest import run_features

# A part of the features: its runs become the runs folders' edition runs only when asked.
SUBSET = ("features/toegang/test_toegang.py", "-k", "bosa", "--replace-guide-run")


def _records(run: RunDirectory) -> dict[str, object]:
    """The screenshots byte for byte, their records and the scenario results but for what no
    two runs share: durations, and the one-time query of a page's address (``tx=``)."""
    records: dict[str, object] = {png.name: png.read_bytes() for png in run.screens.glob("*.png")}
    for name, record in run.shots().items():
        records[name] = {**record, "path": record["path"].split("?", 1)[0]}
    for result in run.scenario_results():
        records[result["nodeid"]] = {**result, "duration": None}
    return records


def test_two_shards_merged_equal_one_unsharded_run(tmp_path: Path) -> None:
    whole = run_features(tmp_path, *SUBSET, runs="whole")
    assert whole.returncode == 0, whole.stdout[-3000:]
    for group in (1, 2):
        shard = run_features(
            tmp_path,
            *SUBSET,
            "--splits",
            "2",
            "--group",
            str(group),
            runs=f"shard-{group}",
        )
        assert shard.returncode == 0, shard.stdout[-3000:]
    shards = [RunDirectory(tmp_path / f"shard-{group}/nl") for group in (1, 2)]
    assert all(shard.scenario_results() for shard in shards), "a shard ran nothing"
    merged = RunDirectory(tmp_path / "merged/nl")
    arguments = ["merge-runs", *(str(shard.root) for shard in shards)]
    assert main([*arguments, "--run-dir", str(tmp_path / "merged")]) == 0
    unsharded = RunDirectory(tmp_path / "whole/nl")
    assert _records(merged) == _records(unsharded)
    merged_summary, whole_summary = merged.summary(), unsharded.summary()
    assert merged_summary is not None
    assert whole_summary is not None
    for key in ("scenarios", "failed", "shots", "seed", "code"):
        assert merged_summary.get(key) == whole_summary.get(key), key
    assert json.loads((merged.root / "baselines.json").read_text())["shots"]
