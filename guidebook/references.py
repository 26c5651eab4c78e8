"""Screenshot references in the guide's Markdown: ``![Alt text](shot:<name>)``.

The writer names a screenshot; the build checks that this run produced it in a passing
scenario and turns the reference into a figure whose caption says which scenario took it.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from html import escape

from guidebook.run_record import ScenarioResult, ShotRecord

SHOT_REFERENCE = re.compile(r"!\[(?P<alt>[^\]]*)\]\(shot:(?P<name>[^)\s]+)\)")
SCREENS_FOLDER = "screens"


@dataclass(frozen=True)
class ReferenceProblem:
    page: str
    shot: str
    reason: str

    def __str__(self) -> str:
        return f"{self.page}: screenshot '{self.shot}' {self.reason}"


@dataclass(frozen=True)
class RunEvidence:
    """What the run proved: its screenshots, and the outcome of each scenario by node id."""

    shots: Mapping[str, ShotRecord]
    outcomes: Mapping[str, ScenarioResult]

    @classmethod
    def of(cls, shots: Mapping[str, ShotRecord], results: Sequence[ScenarioResult]) -> RunEvidence:
        return cls(shots, {result["nodeid"]: result for result in results})

    def problem(self, name: str) -> str | None:
        """Why ``name`` cannot be shown, or None when a passing scenario took it."""
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


def caption(record: ShotRecord, run_date: str) -> str:
    return (
        f"Geverifieerd door het scenario “{escape(record['scenario'])}” "
        f"({escape(record['feature'])}){f', run van {run_date}' if run_date else ''}"
    )


def render_references(
    markdown: str, page_uri: str, evidence: RunEvidence, run_date: str
) -> tuple[str, list[ReferenceProblem]]:
    """Replace every shot reference on the page; return the new Markdown and the problems."""
    problems: list[ReferenceProblem] = []
    page_folder = posixpath.dirname(page_uri)

    def replace(match: re.Match[str]) -> str:
        name, alt = match["name"], match["alt"]
        problem = evidence.problem(name)
        if problem is not None:
            problems.append(ReferenceProblem(page_uri, name, problem))
            return match.group(0)
        record = evidence.shots[name]
        source = posixpath.relpath(f"{SCREENS_FOLDER}/{record['file']}", page_folder or ".")
        return (
            f'<figure class="shot" markdown>\n'
            f'![{alt}]({source}){{ .shot-image data-shot="{name}" }}\n'
            f"<figcaption>{caption(record, run_date)}</figcaption>\n"
            f"</figure>"
        )

    return SHOT_REFERENCE.sub(replace, markdown), problems
