"""The run recorder and the capture plugins, run on a tiny feature under ``pytester``: the run
folder they leave, each scenario's result, the run's summary, and the duplicate-shot error,
in one process and on two pytest-xdist workers."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pytest

from guidebook.run_history import RunHistory
from guidebook.run_record import RunDirectory, edition_run
from tests.recorded_run import record_run, runs_of, tiny_png

pytest_plugins = ["pytester"]

WORKERS = pytest.mark.parametrize("workers", [(), ("-n", "2")], ids=["one-process", "xdist"])
PASSING = "features/demo/test_demo.py::test_geslaagd"
FAILING = "features/demo/test_demo.py::test_mislukt"


def files_under(root: Path) -> set[str]:
    return {path.relative_to(root).as_posix() for path in root.rglob("*") if path.is_file()}


def read(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


@WORKERS
def test_the_run_folder_holds_screens_results_and_summary(
    pytester: pytest.Pytester, workers: tuple[str, ...]
) -> None:
    result = record_run(pytester, *workers, "-p", "fixtures.world", "--world-seed", "4242")
    result.assert_outcomes(passed=1, failed=1)
    run = edition_run(runs_of(pytester), "nl")
    assert run.root.is_symlink(), "nl points at the run's own folder in the history"
    assert files_under(run.root.resolve()) == {
        "run.json",
        "screens/demo-geslaagd.png",
        "screens/demo-geslaagd.json",
        "screens/demo-mislukt.png",
        "screens/demo-mislukt.json",
        *(f"results/{run.result_file(nodeid).name}" for nodeid in (PASSING, FAILING)),
    }
    summary = run.summary()
    assert summary is not None
    assert summary["started"] <= summary["finished"]
    assert (summary["seed"], summary["scenarios"], summary["failed"], summary["shots"]) == (
        4242,
        2,
        1,
        2,
    )


@WORKERS
def test_each_scenario_leaves_its_outcome_and_its_screenshots(
    pytester: pytest.Pytester, workers: tuple[str, ...]
) -> None:
    record_run(pytester, *workers).assert_outcomes(passed=1, failed=1)
    run = edition_run(runs_of(pytester), "nl")
    passed, failed = (read(run.result_file(nodeid)) for nodeid in (PASSING, FAILING))
    assert {key: passed[key] for key in passed if key != "duration"} == {
        "nodeid": PASSING,
        "feature": "demo/opname.feature",
        "feature_name": "Demo van de opname",
        "scenario": "Geslaagd",
        "tags": ["demo"],
        "outcome": "passed",
        "shots": ["demo-geslaagd"],
        "message": "",
    }
    assert passed["duration"] >= 0
    assert (failed["outcome"], failed["tags"], failed["shots"]) == (
        "failed",
        ["demo", "storing"],
        ["demo-mislukt"],
    )
    assert failed["message"] == "call failed at step: Dan gaat het mis"
    png = run.shot_png("demo-geslaagd").read_bytes()
    assert png == tiny_png()
    assert read(run.shot_record_file("demo-geslaagd")) == {
        "name": "demo-geslaagd",
        "file": "demo-geslaagd.png",
        "sha256": hashlib.sha256(png).hexdigest(),
        "width": 4,
        "height": 3,
        "device": "desktop",
        "language": "nl",
        "service": "demo",
        "path": "/demo-geslaagd",
        "feature": "demo/opname.feature",
        "feature_name": "Demo van de opname",
        "scenario": "Geslaagd",
        "step": 'Als ik het scherm "demo-geslaagd" vastleg',
        "nodeid": PASSING,
        "world_time": "2026-03-02T08:30:00+00:00",
        "boxes": {"main-content": [0.0, 0.0, 4.0, 3.0]},
    }


CAPTURES_TWICE = """\
# language: nl
Functionaliteit: Demo van de opname
  Scenario: Dubbel
    Als ik het scherm "demo-dubbel" vastleg
    En ik het scherm "demo-dubbel" vastleg
    Dan gaat alles goed
"""


@WORKERS
def test_a_second_capture_with_the_same_name_fails_its_scenario(
    pytester: pytest.Pytester, workers: tuple[str, ...]
) -> None:
    result = record_run(pytester, *workers, feature=CAPTURES_TWICE)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "*DuplicateShotError: screenshot 'demo-dubbel' was already captured in this run "
            "by 'Dubbel'; give each capture its own name"
        ]
    )
    run = edition_run(runs_of(pytester), "nl")
    (outcome,) = run.scenario_results()
    assert (outcome["outcome"], outcome["shots"]) == ("failed", ["demo-dubbel"])
    assert outcome["message"] == 'call failed at step: En ik het scherm "demo-dubbel" vastleg'


TWO_SCENARIOS_ONE_NAME = """\
# language: nl
Functionaliteit: Demo van de opname
  Scenario: Eerste
    Als ik het scherm "demo-dubbel" vastleg
    Dan gaat alles goed

  Scenario: Tweede
    Als ik het scherm "demo-dubbel" vastleg
    Dan gaat alles goed
"""


def test_the_duplicate_names_the_scenario_that_took_the_shot_first(
    pytester: pytest.Pytester,
) -> None:
    result = record_run(pytester, feature=TWO_SCENARIOS_ONE_NAME)
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(["*'demo-dubbel' was already captured in this run by 'Eerste'*"])
    run = edition_run(runs_of(pytester), "nl")
    assert run.shots()["demo-dubbel"]["scenario"] == "Eerste", "the first record is kept"


EDITION_OPTION = """\
def pytest_addoption(parser):
    parser.addoption("--edition", default="nl")
"""


def test_each_edition_runs_into_its_own_folder_and_leaves_the_others(
    pytester: pytest.Pytester,
) -> None:
    pytester.makeconftest(EDITION_OPTION)
    dutch = RunDirectory(runs_of(pytester) / "nl")
    old_french = RunDirectory(runs_of(pytester) / "fr")
    for run in (dutch, old_french):
        run.screens.mkdir(parents=True)
        run.shot_png("demo-oud").write_bytes(tiny_png())
    dutch.write_summary(started="2026-01-01T00:00:00+00:00", finished="", seed=1)
    record_run(pytester, "--edition", "fr").assert_outcomes(passed=1, failed=1)
    assert files_under(dutch.root) == {"run.json", "screens/demo-oud.png"}, "nl is left alone"
    assert sorted(old_french.shots()) == ["demo-geslaagd", "demo-mislukt"]
    assert not old_french.shot_png("demo-oud").exists(), "the new fr run is a fresh folder"
    summary = old_french.summary()
    assert summary is not None
    assert (summary["scenarios"], summary["failed"], summary["complete"]) == (2, 1, True)
    history = RunHistory(runs_of(pytester), "fr")
    earlier = [path.name for path in history.all_runs()]
    assert len(earlier) == 2
    assert earlier[0].endswith("-earlier"), "the old fr run is kept"


def test_a_partial_run_leaves_the_last_complete_run_in_place(pytester: pytest.Pytester) -> None:
    record_run(pytester).assert_outcomes(passed=1, failed=1)
    history = RunHistory(runs_of(pytester), "nl")
    complete = history.guide_run()
    assert complete is not None
    result = record_run(pytester, "-k", "geslaagd")
    result.assert_outcomes(passed=1)
    result.stdout.fnmatch_lines(["persopoint: partial run in *; the guide keeps reading *"])
    assert history.guide_run() == complete
    guide = edition_run(runs_of(pytester), "nl")
    assert sorted(guide.shots()) == ["demo-geslaagd", "demo-mislukt"]
    partial = RunDirectory(history.all_runs()[-1])
    assert partial.root != complete
    assert sorted(partial.shots()) == ["demo-geslaagd"]
    summary = partial.summary()
    assert summary is not None
    assert summary["complete"] is False


def test_one_scenario_by_node_id_is_partial_too(pytester: pytest.Pytester) -> None:
    record_run(pytester).assert_outcomes(passed=1, failed=1)
    history = RunHistory(runs_of(pytester), "nl")
    complete = history.guide_run()
    record_run(pytester, PASSING).assert_outcomes(passed=1)
    assert history.guide_run() == complete


def test_a_partial_run_replaces_the_guide_run_when_asked(pytester: pytest.Pytester) -> None:
    record_run(pytester).assert_outcomes(passed=1, failed=1)
    record_run(pytester, "-k", "geslaagd", "--replace-guide-run").assert_outcomes(passed=1)
    assert sorted(edition_run(runs_of(pytester), "nl").shots()) == ["demo-geslaagd"]


def test_old_runs_are_pruned_but_never_the_guide_run(pytester: pytest.Pytester) -> None:
    record_run(pytester).assert_outcomes(passed=1, failed=1)
    history = RunHistory(runs_of(pytester), "nl")
    complete = history.guide_run()
    for _ in range(3):
        record_run(pytester, "-k", "geslaagd", "--keep-runs", "2").assert_outcomes(passed=1)
    runs = history.all_runs()
    assert len(runs) == 3, "the two newest and the guide's"
    assert runs[0] == complete, "the guide's run survives pruning"


def test_collecting_only_makes_no_run(pytester: pytest.Pytester) -> None:
    record_run(pytester, "--collect-only")
    assert not runs_of(pytester).exists() or not RunHistory(runs_of(pytester), "nl").all_runs()
