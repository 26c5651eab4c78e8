"""Printing the print edition to an A4 PDF with Debian's headless Chromium.

Chromium cannot number the table of contents by itself (no ``target-counter``), so the page
is printed once, the page of every entry is read from the PDF's named destinations (the
entries link to their targets), the numbers are written into the page, and it is printed
again; a third printing happens only if the numbers moved an entry to another page.
"""

from __future__ import annotations

import io
import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from playwright.sync_api import Page, sync_playwright
from pypdf import PdfReader, PdfWriter
from pypdf.generic import NameObject, TextStringObject

from guidebook.chromium import CHROMIUM_ARGS, HEADLESS_SHELL

PDF_OPTIONS: dict[str, Any] = {
    "format": "A4",
    "print_background": True,
    "prefer_css_page_size": True,
    "outline": True,
    "tagged": True,
}
MAX_PRINTINGS = 3

_FILL_NUMBERS = """numbers => {
  for (const span of document.querySelectorAll('[data-toc-target]')) {
    span.textContent = numbers[span.dataset.tocTarget] ?? '';
  }
}"""


class PdfError(RuntimeError):
    pass


@dataclass(frozen=True)
class PdfReport:
    pages: int
    printings: int
    seconds: float


def chromium_path() -> Path:
    """Debian's headless shell, or the binary named by PERSOPOINT_CHROMIUM."""
    path = Path(os.environ.get("PERSOPOINT_CHROMIUM", HEADLESS_SHELL))
    if not path.is_file():
        raise PdfError(
            f"Chromium not found at {path}: run `make setup` (installs Debian's "
            "chromium-headless-shell) or set PERSOPOINT_CHROMIUM"
        )
    return path


def destination_pages(pdf: bytes) -> dict[str, int]:
    """The page number (from 1) of every named destination of the PDF."""
    reader = PdfReader(io.BytesIO(pdf))
    pages: dict[str, int] = {}
    for name, destination in reader.named_destinations.items():
        number = reader.get_destination_page_number(destination)
        if number is not None:
            pages[str(name).lstrip("/")] = number + 1
    return pages


def print_pdf(html: Path, output: Path) -> PdfReport:
    """Print ``html`` (a file whose relative links resolve beside it) to ``output``."""
    started = time.perf_counter()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(chromium_path()), args=CHROMIUM_ARGS
        )
        try:
            page = browser.new_page()
            page.goto(html.resolve().as_uri(), wait_until="load")
            page.evaluate("document.fonts.ready.then(() => true)")
            pdf, printings = _print_with_page_numbers(page)
            headings: list[str] = page.eval_on_selector_all(
                "h1, h2, h3, h4, h5, h6", "hs => hs.map(h => h.innerText)"
            )
        finally:
            browser.close()
    output.parent.mkdir(parents=True, exist_ok=True)
    pdf = restore_outline_spaces(pdf, [heading.replace("¶", "").strip() for heading in headings])
    partial = output.with_name(f".{output.name}.partial")
    partial.write_bytes(pdf)
    partial.replace(output)
    pages = len(PdfReader(io.BytesIO(pdf)).pages)
    return PdfReport(pages, printings, time.perf_counter() - started)


def outline_titles(pdf: bytes) -> list[str]:
    """Every bookmark title of the PDF, depth first."""
    titles: list[str] = []

    def walk(entries: list[Any]) -> None:
        for entry in entries:
            if isinstance(entry, list):
                walk(entry)
            else:
                titles.append(str(entry.title))

    walk(PdfReader(io.BytesIO(pdf)).outline)
    return titles


def restore_outline_spaces(pdf: bytes, headings: list[str]) -> bytes:
    """Chromium builds a bookmark from a heading's lines and drops the space where the heading
    wrapped ("20 minuteninactiviteit"); give such a bookmark its heading's text back."""
    by_letters = {"".join(heading.split()): heading for heading in headings}
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    outlines = writer.root_object.get("/Outlines")
    changed = False
    stack = [outlines.get_object().get("/First")] if outlines is not None else []
    while stack:
        reference = stack.pop()
        if reference is None:
            continue
        entry = reference.get_object()
        title = str(entry.get("/Title", ""))
        heading = by_letters.get("".join(title.split()))
        if heading is not None and heading != title:
            entry[NameObject("/Title")] = TextStringObject(heading)
            changed = True
        stack += [entry.get("/Next"), entry.get("/First")]
    if not changed:
        return pdf
    output = io.BytesIO()
    writer.write(output)
    return output.getvalue()


def _print_with_page_numbers(page: Page) -> tuple[bytes, int]:
    targets: list[str] = page.eval_on_selector_all(
        "[data-toc-target]", "spans => spans.map(span => span.dataset.tocTarget)"
    )
    numbers: dict[str, int] = {}
    for printing in range(1, MAX_PRINTINGS + 1):
        pdf = page.pdf(**PDF_OPTIONS)
        found = destination_pages(pdf)
        missing = [target for target in targets if target not in found]
        if missing:
            raise PdfError(f"the PDF has no destination for table of contents entries {missing}")
        current = {target: found[target] for target in targets}
        if current == numbers:
            return pdf, printing
        numbers = current
        page.evaluate(_FILL_NUMBERS, numbers)
    return page.pdf(**PDF_OPTIONS), MAX_PRINTINGS + 1
