"""Which steps of the seed guide this run illustrates: derived from the pages' ``covers=``
declarations and the run's passing scenarios, never declared by hand."""

from __future__ import annotations

import posixpath
from collections.abc import Sequence
from dataclasses import dataclass

from guidebook.evidence import RunEvidence, scenario_anchor
from guidebook.references import ReferenceProblem, ShotReference, figure_id
from guidebook.run_record import ScenarioResult, ShotRecord
from guidebook.seed_steps import Chapter, SeedStep
from guidebook.suggest import did_you_mean
from guidebook.texts import GuideTexts


@dataclass(frozen=True)
class Proof:
    """A figure on a page, of a screenshot that a passing scenario of this run took."""

    reference: ShotReference
    record: ShotRecord
    result: ScenarioResult


@dataclass(frozen=True)
class StepCoverage:
    step: SeedStep
    proofs: tuple[Proof, ...]

    @property
    def covered(self) -> bool:
        return bool(self.proofs)


def compute_coverage(
    chapters: Sequence[Chapter], references: Sequence[ShotReference], evidence: RunEvidence
) -> list[StepCoverage]:
    coverage: list[StepCoverage] = []
    for step in (step for chapter in chapters for step in chapter.steps):
        proofs = []
        for reference in references:
            result = evidence.result_of(reference.shot)
            if step.id in reference.covers and result is not None:
                proofs.append(Proof(reference, evidence.shots[reference.shot], result))
        coverage.append(StepCoverage(step, tuple(proofs)))
    return coverage


def unknown_steps(
    references: Sequence[ShotReference], chapters: Sequence[Chapter], seed_file: str
) -> list[ReferenceProblem]:
    known = {step.id for chapter in chapters for step in chapter.steps}
    listed = ", ".join(sorted(known))
    return [
        ReferenceProblem(
            reference.where,
            reference.key,
            f"covers '{step}', which is not a step of the seed guide"
            f"{did_you_mean(step, known)}; the steps of {seed_file} are: {listed}",
        )
        for reference in references
        for step in reference.covers
        if step not in known
    ]


def _slug(title: str, texts: GuideTexts) -> str:
    """A stable id for a chapter's section (the same on every build)."""
    words = "".join(char if char.isalnum() else " " for char in title.lower()).split()
    return "-".join([texts("coverage.chapter_anchor"), *words])


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def coverage_page(
    chapters: Sequence[Chapter],
    coverage: Sequence[StepCoverage],
    evidence: RunEvidence,
    texts: GuideTexts,
) -> str:
    """The Markdown of the coverage report (a page at the root of the site)."""
    by_id = {item.step.id: item for item in coverage}
    covered = sum(item.covered for item in coverage)
    run = (
        texts("coverage.dated_run", date=evidence.run_date)
        if evidence.run_date
        else texts("coverage.this_run")
    )
    lines = [
        f"# {texts('coverage.title')}",
        "",
        texts(
            "coverage.intro",
            steps=len(coverage),
            run=run,
            covered=covered,
            uncovered=len(coverage) - covered,
        ),
        "",
        texts("coverage.rule", verification=texts("pages.verification")),
        "",
    ]
    lines += [
        texts("coverage.chapters_header"),
        "|---|---|---|",
    ]
    for chapter in chapters:
        items = [by_id[step.id] for step in chapter.steps]
        missing = ", ".join(f"`{item.step.id}`" for item in items if not item.covered)
        count = texts(
            "coverage.covered_count", covered=sum(i.covered for i in items), total=len(items)
        )
        lines.append(
            f"| [{_cell(chapter.title)}](#{_slug(chapter.title, texts)}) "
            f"| {count} | {missing or '—'} |"
        )
    lines.append("")
    for chapter in chapters:
        lines += [
            f"## {chapter.title} {{ #{_slug(chapter.title, texts)} }}",
            "",
            texts("coverage.chapter_page", title=chapter.title, page=chapter.page),
            "",
            texts("coverage.steps_header"),
            "|---|---|---|---|---|",
        ]
        lines += [_row(by_id[step.id], texts) for step in chapter.steps]
        lines.append("")
    return "\n".join(lines)


def _row(item: StepCoverage, texts: GuideTexts) -> str:
    step = item.step
    text = _cell(f"{step.section}: {step.text}" if step.section else step.text)
    if not item.covered:
        return f"| `{step.id}` | {text} | {texts('coverage.not_covered')} | — | — |"
    verification = texts("pages.verification")
    scenarios = "<br>".join(
        f"[{_cell(proof.result['scenario'])}]"
        f"({verification}#{scenario_anchor(proof.result['nodeid'])})"
        for proof in item.proofs
    )
    shots = "<br>".join(
        f"[{proof.reference.key}]({proof.reference.page}#{figure_id(proof.reference.key)})"
        for proof in item.proofs
    )
    return f"| `{step.id}` | {text} | {texts('coverage.covered')} | {scenarios} | {shots} |"


def uncovered_notice(
    page_uri: str, coverage: Sequence[StepCoverage], texts: GuideTexts
) -> str | None:
    """An admonition for a page whose seed steps are not all illustrated by this run."""
    mine = [item for item in coverage if item.step.page == page_uri]
    missing = [item for item in mine if not item.covered]
    if not missing:
        return None
    report = posixpath.relpath(texts("pages.coverage"), posixpath.dirname(page_uri) or ".")
    if len(missing) == len(mine):
        intro = texts("notice.no_step")
    else:
        intro = texts("notice.some_steps", missing=len(missing), total=len(mine))
    listing = (
        "".join(f"\n    - {item.step.text}" for item in missing) if len(missing) < len(mine) else ""
    )
    return (
        f'!!! warning "{texts("notice.title")}"\n    {intro}{listing}\n\n'
        f"    {texts('notice.see_report', report=report)}\n"
    )
