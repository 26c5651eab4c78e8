"""The draft build for writers: a missing or stale screenshot becomes a placeholder naming the
scenario that captures it, approved screenshots stand in, and no PDF is written."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from mkdocs.commands.build import build
from mkdocs.config import load_config

from tests.guide.conftest import FakeRun
from tests.guide.test_build import make_site

FEATURE = """\
# language: nl
Functionaliteit: Toegang
  Scenario: Via de pagina van BOSA
    Gegeven ik open de pagina over PersoSelfService op de site van de FOD BOSA
    Dan zie ik het scherm "BOSA-pagina" en leg ik het vast als "bosa-persoselfservice"
"""
PAGES = {
    "index.md": "# Start\n\n![Start](shot:pss-startpagina)\n\n"
    "![BOSA](shot:bosa-persoselfservice)\n\n![Nergens](shot:nergens-gemaakt)\n\n"
    "[De handleiding als PDF](persopoint-handleiding.pdf){ .md-button }\n"
}


def draft_site(root: Path, run: FakeRun) -> Path:
    config = make_site(root, run.root, PAGES)
    (root / "features" / "toegang").mkdir(parents=True)
    (root / "features" / "toegang" / "toegang.feature").write_text(FEATURE, encoding="utf-8")
    text = config.read_text(encoding="utf-8").replace("pdf: false", "draft: true")
    config.write_text(text, encoding="utf-8")
    return config


def test_a_draft_builds_with_placeholders_naming_the_scenario(
    tmp_path: Path, fake_run: FakeRun
) -> None:
    fake_run.shot("pss-startpagina", "Start")
    fake_run.unfinished()
    build(load_config(str(draft_site(tmp_path, fake_run))))
    site = tmp_path / "site"
    html = (site / "index.html").read_text(encoding="utf-8")
    assert 'src="screens/pss-startpagina.png"' in html
    assert html.count("shot--placeholder") == 2
    assert "Schermafdruk “bosa-persoselfservice” ontbreekt in deze run." in html
    assert (
        "Ze wordt gemaakt door het scenario “Via de pagina van BOSA” "
        "(features/toegang/toegang.feature:5)."
    ) in html
    assert "Schermafdruk “nergens-gemaakt” ontbreekt" in html
    assert "Geen scenario legt ze vast" in html
    assert not list(site.glob("*.pdf")), "a draft never prints a PDF"
    assert "De handleiding als PDF" in html
    assert "persopoint-handleiding.pdf" not in html, "nor links to one"


def test_a_stale_screenshot_is_a_placeholder_too(tmp_path: Path, fake_run: FakeRun) -> None:
    fake_run.shot("pss-startpagina", "Start", outcome="failed")
    build(load_config(str(draft_site(tmp_path, fake_run))))
    html = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    assert "Schermafdruk “pss-startpagina” is verouderd" in html


def test_a_draft_shows_approved_screenshots_the_run_lacks(
    tmp_path: Path, fake_run: FakeRun
) -> None:
    record = fake_run.shot("bosa-persoselfservice", "Via de pagina van BOSA")
    baseline = tmp_path / "tests" / "baselines" / "nl"
    baseline.mkdir(parents=True)
    shutil.copy(fake_run.directory.shot_png("bosa-persoselfservice"), baseline)
    (baseline / "bosa-persoselfservice.json").write_text(json.dumps(record), encoding="utf-8")
    shutil.rmtree(fake_run.directory.screens)
    build(load_config(str(draft_site(tmp_path, fake_run))))
    html = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    assert 'src="screens/bosa-persoselfservice.png"' in html
    assert "“bosa-persoselfservice” ontbreekt" not in html
