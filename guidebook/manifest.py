"""What the guide's pages ask of the run: every shot reference, found before any page is
rendered, so that the build can check them all at once and generate the report pages."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from guidebook.references import ShotReference, find_references


@dataclass(frozen=True)
class GuideManifest:
    pages: Mapping[str, str]
    """Markdown of every page, by its path under the docs folder."""
    references: tuple[ShotReference, ...]
    titles: Mapping[str, str]

    @classmethod
    def scan(cls, pages: Mapping[str, str]) -> GuideManifest:
        references = tuple(
            reference
            for page, markdown in sorted(pages.items())
            for reference in find_references(markdown, page)
        )
        return cls(pages, references, {page: _title(md) for page, md in pages.items()})

    def figure_keys(self) -> list[str]:
        """Every figure key a page shows, once."""
        return sorted({reference.key for reference in self.references})

    def shows(self, key: str) -> bool:
        return any(reference.key == key for reference in self.references)


def _title(markdown: str) -> str:
    for line in markdown.splitlines():
        if line.startswith("# "):
            return line[2:].strip()
    return ""
