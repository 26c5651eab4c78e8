"""The print edition: every page of the built guide, in the order of the navigation, in one
HTML file with a title page and a table of contents, ready for Chromium to print to PDF.

Links between pages become links inside the document, and ids are prefixed per page so that
two pages may use the same heading. The table of contents carries an empty page number per
entry that ``pdf.print_pdf`` fills in after a first printing.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from html import escape, unescape
from pathlib import Path
from urllib.parse import urlsplit

from guidebook.texts import GuideTexts

PRINT_CSS = Path(__file__).with_name("print.css")
_ATTRIBUTE = re.compile(r'\b(?P<name>href|src|id)="(?P<value>[^"]*)"')


@dataclass(frozen=True)
class PrintPage:
    src_uri: str
    url: str
    """The page's URL relative to the site root, e.g. ``inloggen/eid.html``."""
    title: str
    level: int
    html: str
    sections: tuple[tuple[str, str], ...] = ()
    """Title and id of the sections the table of contents lists under the page."""

    @property
    def id(self) -> str:
        return page_id(self.src_uri)


@dataclass(frozen=True)
class PrintSection:
    """A section of the navigation without a page of its own: a heading in the contents."""

    title: str
    level: int


def page_id(src_uri: str) -> str:
    return "p-" + src_uri.removesuffix(".md").replace("/", "-")


def rewrite_page(page: PrintPage, pages_by_url: Mapping[str, str]) -> str:
    """The page's HTML with ids prefixed and links resolved from the site root."""
    folder = posixpath.dirname(page.url)

    def replace(match: re.Match[str]) -> str:
        name, value = match["name"], match["value"]
        if name == "id":
            return f'id="{page.id}--{value}"'
        return f'{name}="{escape(_resolve(value, folder, page.id, pages_by_url))}"'

    return _ATTRIBUTE.sub(replace, page.html)


def _resolve(value: str, folder: str, current: str, pages_by_url: Mapping[str, str]) -> str:
    value = unescape(value)
    parts = urlsplit(value)
    if parts.scheme or parts.netloc or value.startswith("/"):
        return value
    if not parts.path:
        return f"#{current}--{parts.fragment}" if parts.fragment else "#" + current
    target = posixpath.normpath(posixpath.join(folder, parts.path))
    if target in pages_by_url:
        pid = pages_by_url[target]
        return f"#{pid}--{parts.fragment}" if parts.fragment else f"#{pid}"
    return target + (f"#{parts.fragment}" if parts.fragment else "")


def print_html(
    entries: Sequence[PrintPage | PrintSection],
    *,
    title: str,
    subtitle: str,
    run_line: str,
    stylesheets: Sequence[str],
    texts: GuideTexts,
    css: str | None = None,
) -> str:
    pages = [entry for entry in entries if isinstance(entry, PrintPage)]
    pages_by_url = {page.url: page.id for page in pages}
    links = "\n".join(f'<link rel="stylesheet" href="{escape(href)}">' for href in stylesheets)
    toc = "\n".join(_toc_entries(entries))
    body = "\n".join(
        f'<section class="print-page level-{page.level}" id="{page.id}">\n'
        f"{rewrite_page(page, pages_by_url)}\n</section>"
        for page in pages
    )
    style = css if css is not None else PRINT_CSS.read_text(encoding="utf-8")
    return f"""<!doctype html>
<html lang="{texts.language}">
<head>
<meta charset="utf-8">
<title>{escape(title)}</title>
{links}
<style>
{style}
@page {{ @top-right {{ content: "{_css_string(title)}"; font: 8pt sans-serif; color: #6e7781; }} }}
</style>
</head>
<body dir="ltr">
<div class="md-typeset print-edition">
<section class="title-page">
<p class="title">{escape(title)}</p>
<p class="subtitle">{escape(subtitle)}</p>
<p class="run">{escape(run_line)}</p>
</section>
<nav class="print-toc">
<p class="toc-title">{escape(texts("edition.contents"))}</p>
<ol>
{toc}
</ol>
</nav>
{body}
</div>
</body>
</html>
"""


def _toc_entries(entries: Sequence[PrintPage | PrintSection]) -> list[str]:
    lines = []
    for number, page in enumerate(entries):
        if isinstance(page, PrintSection):
            following = next((e for e in entries[number:] if isinstance(e, PrintPage)), None)
            if following is not None:
                lines.append(_toc_entry(page.title, following.id, f"toc-level-{page.level}"))
            continue
        lines.append(_toc_entry(page.title, page.id, f"toc-level-{page.level}"))
        lines += [
            _toc_entry(section, f"{page.id}--{anchor}", f"toc-level-{page.level + 1} toc-section")
            for section, anchor in page.sections
        ]
    return lines


def _toc_entry(title: str, target: str, css_class: str) -> str:
    return (
        f'<li class="{css_class}"><a href="#{target}"><span class="toc-text">{escape(title)}'
        '</span><span class="toc-leader"></span>'
        f'<span class="toc-page" data-toc-target="{target}"></span></a></li>'
    )


def _css_string(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"').replace("<", "\\3c ")
