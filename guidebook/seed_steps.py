"""The steps the seed guide documents, encoded once (``seed_steps.yml``), in the seed's order."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

DEFAULT_SEED_STEPS = Path(__file__).with_name("seed_steps.yml")


@dataclass(frozen=True)
class SeedStep:
    id: str
    chapter: str
    page: str
    text: str
    section: str = ""


@dataclass(frozen=True)
class Chapter:
    title: str
    page: str
    steps: tuple[SeedStep, ...]


class SeedStepsError(ValueError):
    pass


def load_seed_steps(path: Path = DEFAULT_SEED_STEPS) -> list[Chapter]:
    try:
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=loader)
        chapters = [
            Chapter(
                chapter["title"],
                chapter["page"],
                tuple(
                    SeedStep(
                        str(step["id"]),
                        chapter["title"],
                        chapter["page"],
                        " ".join(str(step["text"]).split()),
                        str(step.get("section", "")),
                    )
                    for step in chapter["steps"]
                ),
            )
            for chapter in data["chapters"]
        ]
    except (OSError, yaml.YAMLError, KeyError, TypeError) as error:
        raise SeedStepsError(f"{path}: cannot read the seed's steps: {error!r}") from None
    seen: set[str] = set()
    for step in (step for chapter in chapters for step in chapter.steps):
        if step.id in seen:
            raise SeedStepsError(f"{path}: step id '{step.id}' is used twice")
        seen.add(step.id)
    return chapters
