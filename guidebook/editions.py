"""What keeps an edition of the guide in its own language: its pages show screenshots of its
own run only, and its annotation labels are not left in Dutch.

A French or German label equal to a label of the Dutch annotations file is taken for one not
translated yet, unless the writer marks it ``same_in_all_languages: true`` (the words read the
same in every language, like "Via itsme"); labels without letters (badge numbers) are the same
by nature.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from guidebook.annotations import Badge, Callout, FigureSpec
from guidebook.manifest import GuideManifest
from guidebook.run_record import ShotRecord
from guidebook.texts import REFERENCE_LANGUAGE


def foreign_shot_problems(
    manifest: GuideManifest, shots: Mapping[str, ShotRecord], language: str
) -> list[str]:
    """A page of the ``language`` edition that shows a screenshot taken in another language."""
    problems = []
    for reference in manifest.references:
        record = shots.get(reference.shot)
        if record is None or record["language"] == language:
            continue
        problems.append(
            f"{reference.page}: screenshot '{reference.shot}' was taken in the "
            f"'{record['language']}' edition ({record['scenario']}), not in '{language}': "
            f"an edition shows only screenshots of its own run (pytest --edition {language})"
        )
    return problems


def _labels(spec: FigureSpec) -> Iterable[tuple[str, Callout | Badge]]:
    for label, annotation in zip(spec.labels, spec.annotations, strict=True):
        if isinstance(annotation, Callout | Badge):
            yield label, annotation


def dutch_label_problems(
    specs: Mapping[str, FigureSpec],
    dutch_specs: Mapping[str, FigureSpec],
    language: str,
    annotations_file: str,
) -> list[str]:
    """Labels of the ``language`` edition's annotations that are still the Dutch text."""
    if language == REFERENCE_LANGUAGE:
        return []
    dutch = {
        annotation.text
        for spec in dutch_specs.values()
        for _, annotation in _labels(spec)
        if any(character.isalpha() for character in annotation.text)
    }
    return [
        f"{annotations_file}: shot '{key}', {label}: the label is the Dutch text; translate it "
        f"for the '{language}' edition, or mark it 'same_in_all_languages: true' when it reads "
        "the same in every language"
        for key, spec in sorted(specs.items())
        for label, annotation in _labels(spec)
        if annotation.text in dutch and not annotation.same_in_all_languages
    ]
