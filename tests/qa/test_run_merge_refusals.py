"""``persopoint merge-runs`` refuses what cannot make one guide, and says why."""

from __future__ import annotations

from pathlib import Path

import pytest

from guidebook.code_version import CodeVersion
from guidebook.run_merge import MergeError, merge_runs
from guidebook.run_record import RunDirectory, ScenarioResult, ShotRecord
from mock_services.cli import main

CODE: CodeVersion = {"commit": "a" * 40, "tree": "b" * 40, "changes": ""}


def _run(root: Path, *, shot: str, nodeid: str, code: CodeVersion = CODE) -> RunDirectory:
    run = RunDirectory(root)
    record: ShotRecord = {
        "name": shot, "file": f"{shot}.png", "sha256": "", "width": 1, "height": 1,
        "device": "desktop", "language": "nl", "service": "", "path": "/", "feature": "f",
        "feature_name": "F", "scenario": "S", "step": "Dan", "nodeid": nodeid,
        "world_time": "", "boxes": {},
    }  # fmt: skip
    result: ScenarioResult = {
        "nodeid": nodeid, "feature": "f", "feature_name": "F", "scenario": "S", "tags": [],
        "outcome": "passed", "duration": 1.0, "shots": [shot], "message": "",
    }  # fmt: skip
    run.shot_png(shot).parent.mkdir(parents=True)
    run.shot_png(shot).write_bytes(b"png of " + shot.encode())
    run.write_shot(record)
    run.write_result(result)
    run.write_summary(
        started="2026-01-01T10:00:00", finished="2026-01-01T10:05:00", seed=1, code=code
    )
    return run


def test_two_runs_merge_into_one(tmp_path: Path) -> None:
    one = _run(tmp_path / "a/nl", shot="een", nodeid="t::a")
    two = _run(tmp_path / "b/nl", shot="twee", nodeid="t::b")
    merged, summary = merge_runs([one, two], tmp_path / "m")
    assert (summary["scenarios"], summary["shots"], summary["code"]) == (2, 2, CODE)
    assert (tmp_path / "m/nl").resolve() == merged.root.resolve()
    assert sorted(merged.shots()) == ["een", "twee"]


@pytest.mark.parametrize(
    ("second", "reason"),
    [
        ({"shot": "een", "nodeid": "t::b"}, "screenshot 'een' is in both"),
        ({"shot": "twee", "nodeid": "t::a"}, "scenario t::a ran in both"),
        ({"shot": "twee", "nodeid": "t::b", "code": {**CODE, "changes": "c"}}, "code version"),
    ],
)
def test_refuses(tmp_path: Path, second: dict[str, object], reason: str) -> None:
    one = _run(tmp_path / "a/nl", shot="een", nodeid="t::a")
    two = _run(tmp_path / "b/nl", **second)  # type: ignore[arg-type]
    with pytest.raises(MergeError, match=reason):
        merge_runs([one, two], tmp_path / "m")


def test_refuses_mixed_editions_and_unfinished_runs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    one = _run(tmp_path / "a/nl", shot="een", nodeid="t::a")
    french = _run(tmp_path / "b/fr", shot="twee", nodeid="t::b")
    assert (
        main(["merge-runs", str(one.root), str(french.root), "--run-dir", str(tmp_path / "m")]) == 1
    )
    assert "differ in edition" in capsys.readouterr().err
    french.summary_file.unlink()
    with pytest.raises(MergeError, match="not a finished run"):
        merge_runs([one, french], tmp_path / "m")
    assert not (tmp_path / "m").exists(), "a refused merge leaves nothing behind"
