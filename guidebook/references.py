"""Screenshot references in the guide's Markdown, and the figures they become.

A page shows a screenshot with ``![Alt text](shot:<key>)``, where the key is a screenshot's
name, or ``<name>@<view>`` for another way to show it (see ``annotations``). An attribute list
may follow: ``{ covers=eid-1 }`` says which step of the seed guide the figure illustrates
(several: ``covers="eid-2 eid-3"``); other attributes (``width=300``, ``.class``) go to the
image. References in fenced code blocks are left alone.
"""

from __future__ import annotations

import posixpath
import re
import shlex
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from html import escape

from guidebook.annotations import VIEW_SEPARATOR, shot_of
from guidebook.evidence import RunEvidence, scenario_anchor
from guidebook.run_record import ShotRecord
from guidebook.texts import GuideTexts

SHOT_REFERENCE = re.compile(
    r"!\[(?P<alt>[^\]]*)\]\(shot:(?P<key>[^)\s]+)\)(?:\{(?P<attrs>[^}\n]*)\})?"
)
FENCE = re.compile(r"^ {0,3}(```|~~~)")
SCREENS_FOLDER = "screens"
RUN_SCREENS_FOLDER = "screens/run"


@dataclass(frozen=True)
class ShotReference:
    page: str
    key: str
    alt: str
    covers: tuple[str, ...] = ()
    attrs: str = ""
    line: int = 0
    """The line of the page the reference is on (from 1; 0 when unknown)."""
    unknown_attrs: tuple[str, ...] = ()
    """Attributes of the image that are neither known attributes nor known classes."""

    @property
    def where(self) -> str:
        return f"{self.page}:{self.line}" if self.line else self.page

    @property
    def shot(self) -> str:
        return shot_of(self.key)


@dataclass(frozen=True)
class ReferenceProblem:
    page: str
    shot: str
    reason: str

    def __str__(self) -> str:
        return f"{self.page}: screenshot '{self.shot}' {self.reason}"


def figure_file(key: str) -> str:
    """The file name of a figure in the site: ``csam-sleutelkeuze@eid`` → ``…--eid.png``."""
    return key.replace(VIEW_SEPARATOR, "--") + ".png"


def figure_id(key: str) -> str:
    """The HTML id of a figure, to link to it from the coverage report."""
    return "shot-" + key.replace(VIEW_SEPARATOR, "--")


def _outside_fences(markdown: str) -> Iterator[tuple[bool, str]]:
    """The page in chunks, each flagged with whether it is outside fenced code."""
    inside, chunk = False, list[str]()
    for line in markdown.splitlines(keepends=True):
        if FENCE.match(line):
            if not inside:
                yield True, "".join(chunk)
                chunk = []
            chunk.append(line)
            if inside:
                yield False, "".join(chunk)
                chunk = []
            inside = not inside
            continue
        chunk.append(line)
    yield not inside, "".join(chunk)


IMAGE_ATTRIBUTES = frozenset({"width", "height", "title", "loading"})
"""Attributes a ``shot:`` image may carry besides ``covers``."""
IMAGE_CLASSES = frozenset({".no-zoom", ".screen-only", ".print-only"})
"""Classes a ``shot:`` image may carry (``.no-zoom``: no lightbox)."""


def _split_attrs(attrs: str) -> tuple[tuple[str, ...], str, tuple[str, ...]]:
    """``covers=…`` apart from the attributes meant for the image, and the unknown ones."""
    covers: list[str] = []
    rest: list[str] = []
    unknown: list[str] = []
    for token in shlex.split(attrs):
        if token.startswith("covers="):
            covers.extend(part for part in re.split(r"[\s,]+", token[7:]) if part)
            continue
        name = token.split("=", 1)[0]
        known = IMAGE_CLASSES if token.startswith(".") else IMAGE_ATTRIBUTES
        if name not in known and not token.startswith("#"):
            unknown.append(name)
        rest.append(token if "=" not in token else _quoted(token))
    return tuple(covers), " ".join(rest), tuple(unknown)


def _quoted(token: str) -> str:
    name, value = token.split("=", 1)
    return f'{name}="{value}"'


def _reference(page: str, match: re.Match[str], first_line: int = 0) -> ShotReference:
    covers, attrs, unknown = _split_attrs(match["attrs"] or "")
    line = first_line + match.string.count("\n", 0, match.start()) if first_line else 0
    return ShotReference(page, match["key"], match["alt"], covers, attrs, line, unknown)


def find_references(markdown: str, page: str) -> list[ShotReference]:
    """Every shot reference of the page outside fenced code, each with its line."""
    found = []
    line = 1
    for outside, chunk in _outside_fences(markdown):
        if outside:
            found += [_reference(page, match, line) for match in SHOT_REFERENCE.finditer(chunk)]
        line += chunk.count("\n")
    return found


def caption(record: ShotRecord, run_date: str, verification_link: str, texts: GuideTexts) -> str:
    """Which scenario took the screenshot, linked to its row on the verification page."""
    scenario = escape(record["scenario"]).replace("[", "&#91;").replace("]", "&#93;")
    return texts(
        "caption.verified_by",
        scenario=scenario,
        link=f"{verification_link}#{scenario_anchor(record['nodeid'])}",
        feature=escape(record["feature"]),
        run=texts("caption.run", date=run_date) if run_date else "",
    )


def render_references(
    markdown: str,
    page_uri: str,
    evidence: RunEvidence,
    texts: GuideTexts,
    placeholder: Callable[[ShotReference], str] | None = None,
) -> tuple[str, list[ReferenceProblem]]:
    """Replace every shot reference on the page by a figure; return it and the problems.
    With ``placeholder`` (the draft build) a figure that cannot be shown becomes its
    placeholder instead of a problem."""
    problems: list[ReferenceProblem] = []
    page_folder = posixpath.dirname(page_uri) or "."

    def replace(match: re.Match[str]) -> str:
        reference = _reference(page_uri, match)
        problem = evidence.problem(reference.shot)
        if problem is not None and placeholder is not None:
            return placeholder(reference)
        if problem is not None:
            problems.append(ReferenceProblem(page_uri, reference.key, problem))
            return match.group(0)
        record = evidence.shots[reference.shot]
        source = posixpath.relpath(f"{SCREENS_FOLDER}/{figure_file(reference.key)}", page_folder)
        verification = posixpath.relpath(texts("pages.verification"), page_folder)
        kind = " shot--phone" if record["device"] == "phone" else ""
        attrs = f" {reference.attrs}" if reference.attrs else ""
        return (
            f'<figure class="shot{kind}" id="{figure_id(reference.key)}" markdown>\n'
            f'![{reference.alt}]({source}){{ .shot-image data-shot="{reference.key}"{attrs} }}\n'
            f'<figcaption markdown="span">{caption(record, evidence.run_date, verification, texts)}'
            "</figcaption>\n"
            f"</figure>"
        )

    parts = [
        SHOT_REFERENCE.sub(replace, chunk) if outside else chunk
        for outside, chunk in _outside_fences(markdown)
    ]
    return "".join(parts), problems
