"""The verification page: every scenario of the run with its result, feature, tags, duration
and screenshots, and where the guide shows each screenshot."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from itertools import groupby

from guidebook.evidence import RunEvidence, example_of, scenario_anchor
from guidebook.references import RUN_SCREENS_FOLDER, ShotReference, figure_id
from guidebook.texts import GuideTexts


def _seconds(duration: float, texts: GuideTexts) -> str:
    return f"{duration:.2f}".replace(".", texts("edition.decimal_separator")) + " s"


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def verification_page(
    evidence: RunEvidence,
    references: Sequence[ShotReference],
    titles: Mapping[str, str],
    texts: GuideTexts,
    changed: Mapping[str, int] | None = None,
) -> str:
    """The Markdown of the verification page (a page at the root of the site); ``changed``:
    the screenshots changed since their approved image, with how many pixels differ."""
    results = sorted(
        evidence.outcomes.values(), key=lambda result: (result["feature"], result["nodeid"])
    )
    outcomes = [result["outcome"] for result in results]
    summary = evidence.summary
    lines = [f"# {texts('verification.title')}", ""]
    if summary is not None:
        lines.append(
            texts(
                "verification.summary",
                started=summary["started"].replace("T", " "),
                finished=summary["finished"].replace("T", " "),
                seed=summary["seed"],
                scenarios=len(results),
                passed=outcomes.count("passed"),
                failed=outcomes.count("failed"),
                skipped=outcomes.count("skipped"),
                shots=len(evidence.shots),
            )
        )
    else:
        lines.append(texts("verification.unfinished"))
    lines += ["", texts("verification.rule"), ""]
    shown: dict[str, list[ShotReference]] = {}
    for reference in references:
        shown.setdefault(reference.shot, []).append(reference)
    for feature, group in groupby(results, key=lambda result: result["feature"]):
        scenarios = list(group)
        lines += [
            f"## {scenarios[0]['feature_name']}",
            "",
            f"`features/{feature}`",
            "",
            texts("verification.header"),
            "|---|---|---|---|---|",
        ]
        for result in scenarios:
            example = example_of(result["nodeid"])
            name = _cell(result["scenario"]) + (f" ({_cell(example)})" if example else "")
            outcome = texts(f"verification.{result['outcome']}")
            if result["outcome"] == "failed" and result["message"]:
                outcome += f"<br><small>{_cell(result['message'])}</small>"
            tags = " ".join(f"`@{tag}`" for tag in result["tags"])
            shots = "<br>".join(
                _shot_cell(shot, evidence, shown, titles, texts) + _changed(shot, changed, texts)
                for shot in result["shots"]
            )
            lines.append(
                f'| <span id="{scenario_anchor(result["nodeid"])}"></span>{name} | {outcome} '
                f"| {tags} | {_seconds(result['duration'], texts)} | {shots or '—'} |"
            )
        lines.append("")
    return "\n".join(lines)


def _changed(shot: str, changed: Mapping[str, int] | None, texts: GuideTexts) -> str:
    if not changed or shot not in changed:
        return ""
    return " " + texts("verification.changed", pixels=changed[shot])


def _shot_cell(
    shot: str,
    evidence: RunEvidence,
    shown: Mapping[str, Sequence[ShotReference]],
    titles: Mapping[str, str],
    texts: GuideTexts,
) -> str:
    record = evidence.shots.get(shot)
    name = f"[{shot}]({RUN_SCREENS_FOLDER}/{record['file']})" if record else shot
    pages = ", ".join(
        f"[{_cell(titles.get(ref.page, ref.page))}]({ref.page}#{figure_id(ref.key)})"
        for ref in shown.get(shot, [])
    )
    return f"{name} → {pages}" if pages else f"{name} {texts('verification.not_shown')}"
