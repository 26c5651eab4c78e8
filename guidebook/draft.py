"""The draft build for writers: the guide from whatever run (and approved screenshots) exist.

A figure whose screenshot is missing or stale (its scenario failed, or the run was cut short)
becomes a visible placeholder that names the scenario producing it, instead of an error; a
draft never prints a PDF. Approved screenshots (``<baselines>/<edition>/<shot>.png`` with its
record ``<shot>.json``) stand in for screenshots this run does not have.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from html import escape
from pathlib import Path

from guidebook.evidence import RunEvidence
from guidebook.feature_shots import Producer
from guidebook.references import ShotReference, figure_id
from guidebook.run_record import ScenarioResult, ShotRecord
from guidebook.texts import GuideTexts


@dataclass(frozen=True)
class DraftSources:
    """The evidence a draft builds from and where each screenshot's PNG lies."""

    evidence: RunEvidence
    pngs: dict[str, Path] = field(default_factory=dict)
    approved: frozenset[str] = frozenset()
    """Screenshots taken from the approved baseline, not from this run."""


def with_baseline(evidence: RunEvidence, screens: Path, baseline: Path | None) -> DraftSources:
    """The run's evidence, with approved screenshots for those the run lacks or failed."""
    pngs = {name: screens / record["file"] for name, record in evidence.shots.items()}
    if baseline is None or not baseline.is_dir():
        return DraftSources(evidence, pngs)
    shots = dict(evidence.shots)
    outcomes = dict(evidence.outcomes)
    approved = set()
    for record_file in sorted(baseline.glob("*.json")):
        png = record_file.with_suffix(".png")
        name = record_file.stem
        if not png.is_file() or evidence.problem(name) is None:
            continue
        record: ShotRecord = json.loads(record_file.read_text(encoding="utf-8"))
        shots[name] = record
        outcomes[record["nodeid"]] = _approved_result(record)
        pngs[name] = png
        approved.add(name)
    merged = RunEvidence(shots, outcomes, evidence.summary)
    return DraftSources(merged, pngs, frozenset(approved))


def _approved_result(record: ShotRecord) -> ScenarioResult:
    return {
        "nodeid": record["nodeid"],
        "feature": record["feature"],
        "feature_name": record["feature_name"],
        "scenario": record["scenario"],
        "tags": [],
        "outcome": "passed",
        "duration": 0.0,
        "shots": [record["name"]],
        "message": "approved screenshot",
    }


def placeholder(
    reference: ShotReference,
    evidence: RunEvidence,
    producer: Producer | None,
    texts: GuideTexts,
) -> str:
    """A visible stand-in for a figure the draft cannot show, naming what would produce it."""
    shot = escape(reference.shot)
    lines = [
        texts("draft.failed", shot=shot)
        if reference.shot in evidence.shots
        else texts("draft.missing", shot=shot)
    ]
    if producer is None:
        lines.append(texts("draft.no_producer"))
    else:
        lines.append(
            texts(
                "draft.producer",
                scenario=escape(producer.scenario),
                feature=escape(f"{producer.feature}:{producer.line}"),
            )
        )
    body = "<br>\n".join(lines)
    return (
        f'<figure class="shot shot--placeholder" id="{figure_id(reference.key)}" '
        f'data-shot="{escape(reference.key)}">\n'
        f'<div class="shot-placeholder" role="img" aria-label="{escape(reference.alt)}">'
        f"{body}</div>\n<figcaption>{escape(reference.alt)}</figcaption>\n</figure>"
    )
