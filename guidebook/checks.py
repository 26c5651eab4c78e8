"""Every reason the guide cannot be built from this run, collected at once so that a writer
fixes them in one go. Each message names the file, the screenshot and what is wrong."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence

from guidebook.annotations import FigureSpec, check_figures
from guidebook.coverage import unknown_steps
from guidebook.crop import crop_region
from guidebook.evidence import RunEvidence, run_problems
from guidebook.feature_shots import Producer
from guidebook.manifest import GuideManifest
from guidebook.references import IMAGE_ATTRIBUTES, IMAGE_CLASSES, ReferenceProblem
from guidebook.seed_steps import Chapter
from guidebook.suggest import closest, did_you_mean


def build_problems(
    manifest: GuideManifest,
    evidence: RunEvidence,
    specs: Mapping[str, FigureSpec],
    chapters: Sequence[Chapter],
    *,
    run_where: str,
    annotations_file: str,
    seed_file: str,
    draft: bool = False,
    producers: Mapping[str, Producer] | None = None,
    broken: Collection[str] = (),
) -> list[str]:
    """With ``draft`` the run may be unfinished or red and a figure may be missing: those
    become placeholders; every other problem still fails the build. ``producers`` are the
    screenshots the features capture (for "did you mean"); ``broken`` the keys whose entry in
    the annotations file has problems of its own (no follow-on "not declared" for them)."""
    producers = producers or {}
    problems = [] if draft else run_problems(evidence, run_where)
    for reference in manifest.references:
        reason = _shot_problem(reference.shot, evidence, producers, draft=draft)
        if reason is None and "@" in reference.key and reference.key not in specs:
            if reference.key in broken:
                continue
            reason = (
                f"is a view that {annotations_file} does not declare; add '{reference.key}:' "
                f"there or show '{reference.shot}'"
                f"{did_you_mean(reference.key, list(specs))}"
            )
        if reason is not None:
            problems.append(str(ReferenceProblem(reference.where, reference.key, reason)))
        for name in reference.unknown_attrs:
            known = sorted(IMAGE_ATTRIBUTES | IMAGE_CLASSES)
            problems.append(
                f"{reference.where}: screenshot '{reference.key}' has an unknown image "
                f"attribute '{name}'{did_you_mean(name, known)}; the image takes "
                f"covers=<step>, {', '.join(known)}"
            )
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


def _shot_problem(
    shot: str, evidence: RunEvidence, producers: Mapping[str, Producer], *, draft: bool
) -> str | None:
    """Why ``shot`` cannot be shown; a name no scenario captures is a typo, not a missing run."""
    if shot not in evidence.shots and shot not in producers:
        known = set(evidence.shots) | set(producers)
        if draft and closest(shot, known) is None:
            return None
        return (
            f"is not a screenshot any scenario captures{did_you_mean(shot, known)}; "
            "check the name against the features' 'en leg ik het vast als \"…\"' steps"
        )
    if draft:
        return None
    reason = evidence.problem(shot)
    producer = producers.get(shot)
    if reason is not None and shot not in evidence.shots and producer is not None:
        return f"was not produced by this run; scenario {producer} captures it: run `make guide`"
    return reason


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
