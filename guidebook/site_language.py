"""A French or German site must not show the Dutch texts of the screens it documents: a page
that quotes the Dutch key-choice button ("AANMELDEN met eID kaartlezer") was not translated.

The texts looked for are the Dutch messages of the CSAM key choice (``csam.keychoice.*``) that
read otherwise in the edition's language. Run after a build:
``python -m guidebook.site_language site/fr site/de`` (``make site`` does).
"""

from __future__ import annotations

import argparse
import html
from collections.abc import Iterable
from pathlib import Path

from mock_services.world.i18n import REFERENCE_LANGUAGE, catalogue

CHECKED_PREFIX = "csam.keychoice."


def dutch_texts(language: str, prefix: str = CHECKED_PREFIX) -> list[str]:
    """The Dutch texts of the messages under ``prefix`` that ``language`` words otherwise."""
    messages = catalogue()
    return sorted(
        dutch
        for key in messages.keys(REFERENCE_LANGUAGE)
        if key.startswith(prefix)
        and (dutch := messages.text(key, REFERENCE_LANGUAGE)) != messages.text(key, language)
    )


def dutch_left_in(site: Path, language: str, texts: Iterable[str] | None = None) -> list[str]:
    """Every "page: text" where a page of the site shows one of the Dutch ``texts``."""
    wanted = list(texts if texts is not None else dutch_texts(language))
    found = []
    for page in sorted(site.rglob("*.html")):
        content = html.unescape(page.read_text(encoding="utf-8"))
        found += [f"{page.relative_to(site)}: {text!r}" for text in wanted if text in content]
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Dutch key-choice texts left in an edition")
    parser.add_argument("sites", type=Path, nargs="+", help="site/<edition> folders")
    args = parser.parse_args(argv)
    status = 0
    for site in args.sites:
        language = site.name
        if language == REFERENCE_LANGUAGE or not site.is_dir():
            continue
        left = dutch_left_in(site, language)
        if left:
            status = 1
            listing = "\n  - ".join(left)
            print(f"{site}: Dutch texts in the '{language}' edition:\n  - {listing}")
    return status


if __name__ == "__main__":
    raise SystemExit(main())
