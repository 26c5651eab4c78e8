"""The print edition and its PDF: links made internal, contents numbered, A4 pages."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from guidebook.printing import PrintPage, PrintSection, print_html, rewrite_page
from guidebook.texts import guide_texts
from tests.guide.conftest import SYNTHETIC_BOXES, FakeRun, synthetic_screen
from tests.guide.test_build import ANNOTATED, INDEX, make_site


def test_links_between_pages_become_links_inside_the_document() -> None:
    page = PrintPage(
        "inloggen/index.md",
        "inloggen/index.html",
        "Hoe log je in?",
        0,
        '<h2 id="kies">Kies</h2><a href="eid.html#stap-1">eID</a> <a href="#kies">hier</a> '
        '<img src="../screens/keuze.png"> <a href="https://bosa.belgium.be/">BOSA</a> '
        '<a href="../persopoint-handleiding.pdf">PDF</a>',
    )
    html = rewrite_page(page, {"inloggen/index.html": page.id, "inloggen/eid.html": "p-eid"})
    assert '<h2 id="p-inloggen-index--kies">' in html
    assert 'href="#p-eid--stap-1"' in html
    assert 'href="#p-inloggen-index--kies"' in html
    assert 'src="screens/keuze.png"' in html
    assert 'href="https://bosa.belgium.be/"' in html
    assert 'href="persopoint-handleiding.pdf"' in html


def test_the_contents_list_pages_sections_and_headings_without_a_page() -> None:
    html = print_html(
        [
            PrintPage("toegang.md", "toegang.html", "Toegang", 0, "<h1>T</h1>", (("PSS", "pss"),)),
            PrintSection("Over deze handleiding", 0),
            PrintPage("dekking.md", "dekking.html", "Dekking", 1, "<h1>D</h1>"),
        ],
        title="Hoe log je in?",
        subtitle="Handleiding",
        run_line="Gebouwd uit de run van 2026-11-29",
        stylesheets=["assets/stylesheets/main.css"],
        texts=guide_texts("nl"),
        css="",
    )
    assert '<p class="title">Hoe log je in?</p>' in html
    assert 'href="#p-toegang"><span class="toc-text">Toegang</span>' in html
    assert 'data-toc-target="p-toegang--pss"' in html
    assert (
        '<li class="toc-level-0"><a href="#p-dekking"><span class="toc-text">Over deze '
        "handleiding</span>"
    ) in html
    assert '<section class="print-page level-1" id="p-dekking">' in html
    assert '@top-right { content: "Hoe log je in?"' in html


@pytest.fixture(scope="module")
def printed_guide(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small guide built with its PDF, in a separate process (Playwright's sync API must
    not share the test session's event loop)."""
    root = tmp_path_factory.mktemp("guide")
    run = FakeRun(root / "run")
    run.shot("csam-sleutelkeuze", "Via BOSA", png=synthetic_screen(), boxes=SYNTHETIC_BOXES)
    config = make_site(root, run.root, {"index.md": INDEX}, ANNOTATED)
    config.write_text(config.read_text().replace("pdf: false", "pdf: true"), encoding="utf-8")
    completed = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(config)],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    assert completed.returncode == 0, completed.stderr
    assert "PDF: persopoint-handleiding.pdf" in completed.stderr
    return root / "site" / "persopoint-handleiding.pdf"


def test_the_pdf_is_a4_with_title_page_contents_and_page_numbers(printed_guide: Path) -> None:
    reader = PdfReader(printed_guide)
    assert len(reader.pages) == 5, "title, contents, the page and the two report pages"
    for page in reader.pages:
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        assert (round(width), round(height)) == (595, 842)
    texts = [page.extract_text() for page in reader.pages]
    assert texts[0].startswith("Test\nGebouwd uit de run van 2026-11-29"), "no number on the title"
    for number, text in enumerate(texts[1:], start=2):
        assert text.startswith(f"Test\n{number}\n"), "running title and page number"
    contents = texts[1].splitlines()
    assert contents[2:] == [
        "Inhoudstafel",
        "Start 3",
        "Dekking van de handleiding 4",
        "Verificatie van de schermafdrukken 5",
    ]
    assert "Geverifieerd door het scenario “Via BOSA”" in texts[2]
    outline = [item.title for item in reader.outline if not isinstance(item, list)]
    assert outline == ["Start", "Dekking van de handleiding", "Verificatie van de schermafdrukken"]


def test_the_pdf_renders_with_poppler(printed_guide: Path, tmp_path: Path) -> None:
    pdftoppm = shutil.which("pdftoppm")
    assert pdftoppm, "pdftoppm is missing: `make setup` installs Debian's poppler-utils"
    subprocess.run(
        [
            pdftoppm,
            "-r",
            "30",
            "-png",
            "-f",
            "3",
            "-l",
            "3",
            str(printed_guide),
            str(tmp_path / "p"),
        ],
        check=True,
    )
    (page,) = tmp_path.glob("p-*.png")
    with Image.open(page) as image:
        assert image.size == (248, 351)
        pixels = image.convert("RGB").get_flattened_data()
        assert any(
            red > 150 and green < 60 and blue < 80
            for red, green, blue in (pixel for pixel in pixels if isinstance(pixel, tuple))
        ), "the annotated figure's red callout is on the chapter's page"
