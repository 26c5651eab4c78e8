"""What the run proved: its screenshots and the outcome of each scenario, and whether the run
as a whole is green enough to build the guide from."""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from guidebook.run_record import RunDirectory, RunSummary, ScenarioResult, ShotRecord


@dataclass(frozen=True)
class RunEvidence:
    shots: Mapping[str, ShotRecord]
    outcomes: Mapping[str, ScenarioResult]
    summary: RunSummary | None = None

    @classmethod
    def of(
        cls,
        shots: Mapping[str, ShotRecord],
        results: Sequence[ScenarioResult],
        summary: RunSummary | None = None,
    ) -> RunEvidence:
        return cls(shots, {result["nodeid"]: result for result in results}, summary)

    @classmethod
    def read(cls, run: RunDirectory) -> RunEvidence:
        return cls.of(run.shots(), run.scenario_results(), run.summary())

    @property
    def run_date(self) -> str:
        return self.summary["finished"][:10] if self.summary else ""

    def problem(self, name: str) -> str | None:
        """Why screenshot ``name`` cannot be shown, or None when a passing scenario took it."""
        record = self.shots.get(name)
        if record is None:
            return "was not produced by this run (no scenario captured it; run `make guide`)"
        result = self.outcomes.get(record["nodeid"])
        if result is None:
            return (
                f"has no result for its scenario '{record['scenario']}' "
                f"({record['feature']}); the run was interrupted"
            )
        if result["outcome"] != "passed":
            return (
                f"comes from scenario '{record['scenario']}' ({record['feature']}), "
                f"which {result['outcome']} in this run"
            )
        return None

    def result_of(self, name: str) -> ScenarioResult | None:
        """The result of the passing scenario that took ``name``, if it did."""
        if self.problem(name) is not None:
            return None
        return self.outcomes[self.shots[name]["nodeid"]]


def run_problems(evidence: RunEvidence, where: str) -> list[str]:
    """Why this run cannot illustrate the guide at all: unfinished, or not green."""
    if evidence.summary is None:
        return [
            f"{where} holds no finished run (run.json is missing): run `make guide`, or "
            "`make features` and then `make site`"
        ]
    failed = [result for result in evidence.outcomes.values() if result["outcome"] == "failed"]
    if not failed and evidence.summary["failed"] == 0:
        return []
    count = max(len(failed), evidence.summary["failed"])
    listing = "".join(
        f"\n    - {result['feature']}: '{result['scenario']}'"
        + (f" ({result['message']})" if result["message"] else "")
        for result in sorted(failed, key=lambda result: (result["feature"], result["nodeid"]))
    )
    return [
        f"the run in {where} ({evidence.summary['finished']}) has {count} failed "
        f"scenario(s); the guide is built from a green run only:{listing}"
    ]


def _test_name(nodeid: str) -> str:
    """The test's name with pytest's escapes undone (``Fran\\xe7ais`` → ``Français``)."""
    name = nodeid.rsplit("::", 1)[-1]
    try:
        return name.encode("ascii").decode("unicode_escape")
    except UnicodeError:
        return name


def scenario_anchor(nodeid: str) -> str:
    """The id of a scenario's row on the verification page, readable and unique per node id:
    ``features/toegang/test_toegang.py::test_csam_is_onbereikbaar_1`` →
    ``toegang-csam-is-onbereikbaar-1`` (the chapter folder keeps equal names apart)."""
    folders = nodeid.split("::", 1)[0].split("/")[:-1]
    chapter = folders[-1] if folders and folders[-1] != "features" else ""
    name = _test_name(nodeid).removeprefix("test_")
    name = unicodedata.normalize("NFKD", f"{chapter}-{name}" if chapter else name)
    name = name.encode("ascii", "ignore").decode("ascii")
    slug = "".join(char if char.isalnum() else "-" for char in name.lower())
    return "-".join(part for part in slug.split("-") if part)


def example_of(nodeid: str) -> str:
    """The example row of a scenario outline's test, as pytest names it, or ''."""
    name = _test_name(nodeid)
    return name[name.index("[") + 1 : -1] if name.endswith("]") and "[" in name else ""
