"""The run recorder and the capture plugins, run on a tiny feature under ``pytester``: the run
folder they leave, each scenario's result, the run's summary, and the duplicate-shot error,
in one process and on two pytest-xdist workers."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pytest

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
    assert files_under(runs_of(pytester)) == {
        "nl/run.json",
        "nl/screens/demo-geslaagd.png",
        "nl/screens/demo-geslaagd.json",
        "nl/screens/demo-mislukt.png",
        "nl/screens/demo-mislukt.json",
        *(f"nl/results/{run.result_file(nodeid).name}" for nodeid in (PASSING, FAILING)),
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


def test_each_edition_runs_into_its_own_folder_and_wipes_only_that(
    pytester: pytest.Pytester,
) -> None:
    pytester.makeconftest(EDITION_OPTION)
    dutch = RunDirectory(runs_of(pytester) / "nl")
    stale_french = RunDirectory(runs_of(pytester) / "fr")
    for run in (dutch, stale_french):
        run.screens.mkdir(parents=True)
        run.shot_png("demo-oud").write_bytes(tiny_png())
    dutch.write_summary(started="2026-01-01T00:00:00+00:00", finished="", seed=1)
    record_run(pytester, "--edition", "fr").assert_outcomes(passed=1, failed=1)
    assert files_under(dutch.root) == {"run.json", "screens/demo-oud.png"}, "nl is left alone"
    assert sorted(stale_french.shots()) == ["demo-geslaagd", "demo-mislukt"]
    assert not stale_french.shot_png("demo-oud").exists(), "the earlier fr run is wiped"
    summary = stale_french.summary()
    assert summary is not None
    assert (summary["scenarios"], summary["failed"]) == (2, 1)
