"""What a run reports to QA and CI, besides the guide: the merged cucumber JSON with the
screenshots as embeddings, the changed images for the HTML report, and a Markdown summary
(for CI step summaries such as GitHub's ``$GITHUB_STEP_SUMMARY``)."""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Sequence
from html import escape
from pathlib import Path
from typing import Any

from slugify import slugify

from guidebook.baselines import BaselineComparison, baseline_dir, diff_png
from guidebook.coverage import compute_coverage
from guidebook.evidence import RunEvidence
from guidebook.manifest import GuideManifest
from guidebook.run_record import RunDirectory, ShotRecord
from guidebook.seed_steps import DEFAULT_SEED_STEPS, load_seed_steps

LONGEST_FOLDER_NAME = 255
KEPT_ENDS = 100


def trace_folder(output: Path, node_id: str) -> Path:
    """Where pytest-playwright keeps a test's artifacts (its traces): ``output``, then the
    test's node id as a slug, a name too long for the file system cut to its first and last
    ``KEPT_ENDS`` characters around a hash."""
    name = slugify(node_id)
    if len(name) > LONGEST_FOLDER_NAME:
        digest = hashlib.sha256(name.encode()).hexdigest()[:7]
        name = f"{name[:KEPT_ENDS]}-{digest}-{name[-KEPT_ENDS:]}"
    return output / name


def approval_command(shots: Sequence[str], edition: str) -> str:
    """The one command that approves exactly ``shots`` of the edition's current run."""
    return f"make baselines EDITIONS={edition} SHOTS={','.join(sorted(shots))}"


def merge_cucumber(parts: Sequence[Path]) -> list[dict[str, Any]]:
    """One cucumber JSON document from the per-process ones: a feature whose scenarios ran
    in several workers becomes one feature with all of them, in file and line order."""
    features: dict[str, dict[str, Any]] = {}
    for part in sorted(parts):
        for feature in json.loads(part.read_text(encoding="utf-8")):
            merged = features.setdefault(feature["uri"], {**feature, "elements": []})
            merged["elements"].extend(feature["elements"])
    for feature in features.values():
        feature["elements"].sort(key=lambda element: (element["line"], element["id"]))
    return [features[uri] for uri in sorted(features)]


def _png_embedding(png: Path, name: str) -> dict[str, str]:
    return {
        "mime_type": "image/png",
        "name": name,
        "data": base64.b64encode(png.read_bytes()).decode("ascii"),
    }


def embed_screenshots(
    features: list[dict[str, Any]], run: RunDirectory, failures: Path | None = None
) -> int:
    """Attach to each step the screenshots it captured (and to a failed step the failure
    screenshot, when ``failures`` holds one); return how many were attached."""
    by_scenario: dict[tuple[str, str], list[ShotRecord]] = {}
    for record in run.shots().values():
        test_name = record["nodeid"].rsplit("::", 1)[-1]
        by_scenario.setdefault((record["feature"], test_name), []).append(record)
    attached = 0
    for feature in features:
        for element in feature["elements"]:
            records = by_scenario.get((feature["uri"], element["id"]), [])
            for step in element["steps"]:
                said = f"{step['keyword'].strip()} {step['name']}"
                shots = [record for record in records if record["step"] == said]
                embeddings = [_png_embedding(run.shot_png(r["name"]), r["name"]) for r in shots]
                failure = failures / f"{element['id']}.png" if failures else None
                if step["result"]["status"] == "failed" and failure and failure.is_file():
                    embeddings.append(_png_embedding(failure, "failure"))
                if embeddings:
                    step["embeddings"] = embeddings
                    attached += len(embeddings)
    return attached


def _data_uri(png: Path) -> str:
    return "data:image/png;base64," + base64.b64encode(png.read_bytes()).decode("ascii")


def changed_images_html(comparison: BaselineComparison, run: RunDirectory, root: Path) -> str:
    """The HTML report's section on screenshots that changed since their approved image:
    approved, new and diff side by side, and the command that approves them."""
    changed, new = comparison.changed, comparison.new
    if not changed and not new:
        return (
            f"<h2>Approved images</h2><p>Every screenshot equals its approved image "
            f"(tests/baselines/{escape(comparison.edition)}).</p>"
        )
    parts = [f"<h2>Changed since the approved image ({len(changed)})</h2>"]
    if changed:
        parts.append(
            "<p>Look at each change. To approve all of them: "
            f"<code>{escape(approval_command(changed, comparison.edition))}</code>, then commit "
            f"tests/baselines/{escape(comparison.edition)}. To approve some, name only "
            "those in SHOTS.</p>"
        )
    approved = baseline_dir(root, comparison.edition)
    for shot in comparison.shots:
        if shot.verdict != "changed":
            continue
        why = f" ({escape(shot.reason)})" if shot.reason else ""
        cells = "".join(
            f'<figure style="margin:0 8px 0 0"><figcaption>{label}</figcaption>'
            f'<img style="max-width:420px;border:1px solid #999" src="{_data_uri(png)}"></figure>'
            for label, png in (
                ("approved", approved / f"{shot.shot}.png"),
                ("new", run.shot_png(shot.shot)),
                ("diff", diff_png(run, shot.shot)),
            )
            if png.is_file()
        )
        parts.append(
            f"<h3>{escape(shot.shot)}: {shot.changed_pixels} pixels differ{why}</h3>"
            f'<div style="display:flex">{cells}</div>'
            "<p>Approve this one: "
            f"<code>{escape(approval_command([shot.shot], comparison.edition))}</code></p>"
        )
    if new:
        parts.append(
            f"<h2>New screenshots without an approved image ({len(new)})</h2>"
            f"<p>{escape(', '.join(new))}</p>"
            f"<p>Approve them: <code>{escape(approval_command(new, comparison.edition))}</code></p>"
        )
    return "\n".join(parts)


def _guide_pages(root: Path, edition: str) -> dict[str, str]:
    docs = root / "docs" / ("guide" if edition == "nl" else edition)
    return {
        str(page.relative_to(docs)): page.read_text(encoding="utf-8")
        for page in sorted(docs.rglob("*.md"))
    }


def _seed_steps_file(edition: str) -> Path:
    if edition == "nl":
        return DEFAULT_SEED_STEPS
    return DEFAULT_SEED_STEPS.with_name(f"seed_steps.{edition}.yml")


def markdown_summary(
    run: RunDirectory, root: Path, edition: str, comparison: BaselineComparison | None
) -> str:
    """The run in a few lines of Markdown: scenarios, failures, changed images, coverage."""
    evidence = RunEvidence.read(run)
    results = list(evidence.outcomes.values())
    outcomes = [result["outcome"] for result in results]
    lines = [
        f"## PersoPoint run ({edition})",
        "",
        f"- Scenarios: {len(results)} ({outcomes.count('passed')} passed, "
        f"{outcomes.count('failed')} failed, {outcomes.count('skipped')} skipped)",
        f"- Screenshots: {len(evidence.shots)}",
    ]
    if comparison is not None:
        lines.append(
            f"- Changed since the approved image: {len(comparison.changed)}; "
            f"new: {len(comparison.new)}"
        )
    chapters = load_seed_steps(_seed_steps_file(edition))
    pages = _guide_pages(root, edition)
    if chapters and pages:
        coverage = compute_coverage(chapters, GuideManifest.scan(pages).references, evidence)
        covered = sum(step.covered for step in coverage)
        lines.append(
            f"- Seed-guide steps illustrated by a passing scenario: {covered} of {len(coverage)}"
        )
    failed = [result for result in results if result["outcome"] == "failed"]
    if failed:
        lines += ["", "### Failed scenarios", ""]
        lines += [f"- `{result['nodeid']}`: {result['message'] or 'failed'}" for result in failed]
    if comparison is not None and comparison.changed:
        lines += ["", "### Changed since the approved image", ""]
        lines += [
            f"- `{shot.shot}`: {shot.changed_pixels} pixels differ {shot.reason}".rstrip()
            for shot in comparison.shots
            if shot.verdict == "changed"
        ]
        lines += ["", f"Approve: `{approval_command(comparison.changed, edition)}`"]
    return "\n".join(lines) + "\n"
