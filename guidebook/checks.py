"""Every reason the guide cannot be built from this run, collected at once so that a writer
fixes them in one go. Each message names the file, the screenshot and what is wrong."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from guidebook.annotations import FigureSpec, check_figures
from guidebook.coverage import unknown_steps
from guidebook.crop import crop_region
from guidebook.evidence import RunEvidence, run_problems
from guidebook.manifest import GuideManifest
from guidebook.references import ReferenceProblem
from guidebook.seed_steps import Chapter


def build_problems(
    manifest: GuideManifest,
    evidence: RunEvidence,
    specs: Mapping[str, FigureSpec],
    chapters: Sequence[Chapter],
    *,
    run_where: str,
    annotations_file: str,
    seed_file: str,
) -> list[str]:
    problems = run_problems(evidence, run_where)
    for reference in manifest.references:
        reason = evidence.problem(reference.shot)
        if reason is None and "@" in reference.key and reference.key not in specs:
            reason = (
                f"is a view that {annotations_file} does not declare; add '{reference.key}:' "
                f"there or show '{reference.shot}'"
            )
        if reason is not None:
            problems.append(str(ReferenceProblem(reference.page, reference.key, reason)))
    problems += [
        str(problem) for problem in unknown_steps(manifest.references, chapters, seed_file)
    ]
    problems += [
        f"{seed_file}: chapter '{chapter.title}' is documented on '{chapter.page}', "
        "which is not a page of the guide"
        for chapter in chapters
        if chapter.page not in manifest.pages
    ]
    figure_problems = check_figures(specs, evidence.shots, manifest.shows, annotations_file)
    problems += figure_problems
    if not figure_problems:
        problems += _crop_problems(specs, evidence, annotations_file)
    return problems


def _crop_problems(
    specs: Mapping[str, FigureSpec], evidence: RunEvidence, annotations_file: str
) -> list[str]:
    problems = []
    for key, spec in sorted(specs.items()):
        record = evidence.shots.get(spec.shot)
        if record is None or spec.crop is None:
            continue
        try:
            crop_region(spec.crop, record["boxes"], record["width"], record["height"])
        except ValueError as error:
            problems.append(f"{annotations_file}: shot '{key}', crop: {error}")
    return problems


def format_problems(problems: Sequence[str], run_where: str) -> str:
    listing = "\n  - ".join(problems)
    return (
        f"the guide cannot be built from the run in {run_where}: "
        f"{len(problems)} problem(s):\n  - {listing}"
    )
