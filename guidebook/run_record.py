"""What a test run leaves behind for the guide: screenshots, their records, scenario results.

Every edition of the guide (one per language) has a run of its own, side by side in the
runs folder (``build/run`` by default; ``--run-dir`` of pytest, ``run_dir`` of the guide)::

    <runs>/<edition>/            the run of one edition, e.g. build/run/nl
        screens/<shot>.png       the screenshot (shot names are unique within the edition)
        screens/<shot>.json      its ShotRecord
        results/<id>.json        one ScenarioResult per scenario that ran
        run.json                 the RunSummary, written when the session ends

One file per record, so that parallel workers never write the same file.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, NotRequired, TypedDict

from guidebook.code_version import CodeVersion

Outcome = Literal["passed", "failed", "skipped"]
Box = tuple[float, float, float, float]
"""x, y, width and height in CSS pixels of the screenshot."""

DEFAULT_RUNS_DIR = "build/run"
DEFAULT_EDITION = "nl"
EDITION_NAME = re.compile(r"^[a-z]{2}$")
SHOT_NAME = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


class ShotRecord(TypedDict):
    name: str
    file: str
    sha256: str
    width: int
    height: int
    device: str
    language: str
    service: str
    path: str
    feature: str
    feature_name: str
    scenario: str
    step: str
    nodeid: str
    world_time: str
    boxes: dict[str, Box]


class ScenarioResult(TypedDict):
    nodeid: str
    feature: str
    feature_name: str
    scenario: str
    tags: list[str]
    outcome: Outcome
    duration: float
    shots: list[str]
    message: str


class RunSummary(TypedDict):
    started: str
    finished: str
    seed: int
    scenarios: int
    failed: int
    shots: int
    complete: NotRequired[bool]
    """Whether the session ran every feature (``guidebook.run_history``); absent in old runs."""
    code: NotRequired[CodeVersion]
    """The code that made the run (``guidebook.code_version``); shard runs merge only alike."""


class InvalidShotNameError(ValueError):
    def __init__(self, name: str) -> None:
        super().__init__(
            f"screenshot name {name!r} must be lower-case words joined by hyphens, "
            "like 'csam-sleutelkeuze'"
        )


def check_shot_name(name: str) -> str:
    if not SHOT_NAME.match(name):
        raise InvalidShotNameError(name)
    return name


class InvalidEditionError(ValueError):
    def __init__(self, edition: str) -> None:
        super().__init__(
            f"edition {edition!r} must be a two-letter language code in lower case, like 'nl'"
        )


@dataclass(frozen=True)
class RunDirectory:
    root: Path

    @property
    def screens(self) -> Path:
        return self.root / "screens"

    @property
    def results(self) -> Path:
        return self.root / "results"

    @property
    def summary_file(self) -> Path:
        return self.root / "run.json"

    def shot_png(self, name: str) -> Path:
        return self.screens / f"{check_shot_name(name)}.png"

    def shot_record_file(self, name: str) -> Path:
        return self.screens / f"{check_shot_name(name)}.json"

    def result_file(self, nodeid: str) -> Path:
        digest = hashlib.sha256(nodeid.encode()).hexdigest()[:16]
        return self.results / f"{digest}.json"

    def wipe(self) -> None:
        """Remove the records of an earlier run, keeping nothing that could be mistaken for new."""
        for folder in (self.screens, self.results):
            shutil.rmtree(folder, ignore_errors=True)
        self.summary_file.unlink(missing_ok=True)

    def write_shot(self, record: ShotRecord) -> None:
        _write_json(self.shot_record_file(record["name"]), record)

    def write_result(self, result: ScenarioResult) -> None:
        _write_json(self.result_file(result["nodeid"]), result)

    def write_summary(
        self,
        *,
        started: str,
        finished: str,
        seed: int,
        complete: bool = True,
        code: CodeVersion | None = None,
    ) -> RunSummary:
        """Count what the run left behind and write run.json: the run is finished."""
        results = self.scenario_results()
        summary: RunSummary = {
            "started": started,
            "finished": finished,
            "seed": seed,
            "scenarios": len(results),
            "failed": sum(result["outcome"] == "failed" for result in results),
            "shots": len(self.shots()),
            "complete": complete,
        }
        if code is not None:
            summary["code"] = code
        _write_json(self.summary_file, summary)
        return summary

    def shots(self) -> dict[str, ShotRecord]:
        return {
            record["name"]: record
            for record in (_read_json(path) for path in sorted(self.screens.glob("*.json")))
        }

    def scenario_results(self) -> list[ScenarioResult]:
        results: list[ScenarioResult] = [
            _read_json(path) for path in sorted(self.results.glob("*.json"))
        ]
        return sorted(results, key=lambda result: (result["feature"], result["nodeid"]))

    def summary(self) -> RunSummary | None:
        if not self.summary_file.is_file():
            return None
        summary: RunSummary = _read_json(self.summary_file)
        return summary


def edition_run(runs: Path, edition: str) -> RunDirectory:
    """The run directory of ``edition`` (its language, e.g. ``nl``) in the runs folder."""
    if not EDITION_NAME.match(edition):
        raise InvalidEditionError(edition)
    return RunDirectory(runs / edition)


def _write_json(path: Path, data: object) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(path.suffix + ".tmp")
    temporary.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    temporary.replace(path)


def _read_json(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))
