"""The entrance of a site with several editions: ``site/index.html`` lists the editions that
were built (``site/<edition>/index.html``) and sends the reader to the Dutch one, the reference
edition, or else to the first that exists.

Run after the editions' builds: ``python -m guidebook.site_index site``.
"""

from __future__ import annotations

import argparse
import html
from pathlib import Path

from guidebook.texts import LANGUAGES, REFERENCE_LANGUAGE

NAMES = {"nl": "Nederlands", "fr": "Français", "de": "Deutsch"}


def built_editions(site: Path) -> list[str]:
    return [language for language in LANGUAGES if (site / language / "index.html").is_file()]


def index_page(editions: list[str]) -> str:
    """A page that forwards to the reference edition and links every edition."""
    if not editions:
        raise ValueError("no edition of the guide has been built (run `make guide`)")
    first = REFERENCE_LANGUAGE if REFERENCE_LANGUAGE in editions else editions[0]
    links = "\n".join(
        f'    <li><a href="{language}/index.html" hreflang="{language}">'
        f"{html.escape(NAMES[language])}</a></li>"
        for language in editions
    )
    return (
        "<!doctype html>\n"
        f'<html lang="{first}">\n<head>\n  <meta charset="utf-8">\n'
        f'  <meta http-equiv="refresh" content="0; url={first}/index.html">\n'
        "  <title>PersoPoint</title>\n</head>\n<body>\n  <ul>\n"
        f"{links}\n  </ul>\n</body>\n</html>\n"
    )


def write_index(site: Path) -> Path:
    target = site / "index.html"
    target.write_text(index_page(built_editions(site)), encoding="utf-8")
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("site", type=Path, help="the folder holding site/<edition>/")
    args = parser.parse_args(argv)
    try:
        print(f"site index: {write_index(args.site)}")
    except ValueError as error:
        parser.exit(1, f"site index: {error}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
