"""Every problem of a build at once, each with its file and line and the fix: misspelt
annotation options (without a false "view not declared"), unknown screenshot names, anchors,
steps in covers= and image attributes, each with a "did you mean"."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from tests.guide.conftest import FakeRun
from tests.guide.test_build import ANNOTATED, build_fails, key_choice, make_site

THREE_TYPOS = (
    "csam-sleutelkeuze@eid:\n"
    "  annotations:\n"
    "    - callout: Via je eID kaartlezer\n"
    "      anchor: button-a\n"
    "      colr: '#c8102e'\n"
    "    - outline: panel\n"
    "      widht: 3\n"
    "csam-sleutelkeuze:\n"
    "  frame: none\n"
    "  annotations:\n"
    "    - badge: 1\n"
    "      ancor: button-a\n"
)
PAGE = (
    "# Start\n"
    "\n"
    "![Keuze](shot:csam-sleutelkeuze@eid){ covers=inloggen-sleutelkeus }\n"
    "\n"
    "![Keuze](shot:csam-sleutelkeuze){ widht=300 .no-zom }\n"
    "\n"
    "![Keuze](shot:csam-sleutelkeuse)\n"
)


def test_one_build_lists_every_problem_with_line_and_fix(
    tmp_path: Path, fake_run: FakeRun, caplog: pytest.LogCaptureFixture
) -> None:
    key_choice(fake_run)
    config = make_site(tmp_path, fake_run.root, {"index.md": PAGE}, THREE_TYPOS)
    log = build_fails(config, caplog)
    assert "annotations.yml:3: shot 'csam-sleutelkeuze@eid', annotation 1" in log
    assert "unknown option(s) 'colr' for callout (did you mean 'color'?)" in log
    assert "annotations.yml:6: shot 'csam-sleutelkeuze@eid', annotation 2" in log
    assert "'widht' for outline (did you mean 'width'?)" in log
    assert "annotations.yml:11: shot 'csam-sleutelkeuze', annotation 1" in log
    assert "view that" not in log, "no false follow-on for the misspelt entry"
    assert (
        "index.md:3: screenshot 'csam-sleutelkeuze@eid' covers 'inloggen-sleutelkeus', which "
        "is not a step of the seed guide (did you mean 'inloggen-sleutelkeuze'?); the steps "
        "of seed_steps.yml are: inloggen-sleutelkeuze"
    ) in log
    assert "index.md:5: screenshot 'csam-sleutelkeuze' has an unknown image attribute " in log
    assert "'widht' (did you mean 'width'?)" in log
    assert "'.no-zom' (did you mean '.no-zoom'?)" in log
    assert (
        "index.md:7: screenshot 'csam-sleutelkeuse' is not a screenshot any scenario captures "
        "(did you mean 'csam-sleutelkeuze'?)"
    ) in log
    assert "make guide" not in log, "a typo is not fixed by running the features"


def test_a_misspelt_anchor_gets_a_did_you_mean(
    tmp_path: Path, fake_run: FakeRun, caplog: pytest.LogCaptureFixture
) -> None:
    key_choice(fake_run)
    annotations = ANNOTATED.replace("anchor: button-a", "anchor: buton-a")
    page = "# Start\n\n![Keuze](shot:csam-sleutelkeuze)\n"
    log = build_fails(make_site(tmp_path, fake_run.root, {"index.md": page}, annotations), caplog)
    assert "anchor 'buton-a' is not in the record of screenshot 'csam-sleutelkeuze' " in log
    assert "(did you mean 'button-a'?)" in log


def test_a_screenshot_a_scenario_captures_but_the_run_lacks_names_the_scenario(
    tmp_path: Path, fake_run: FakeRun, caplog: pytest.LogCaptureFixture
) -> None:
    key_choice(fake_run)
    page = "# Start\n\n![BOSA](shot:bosa-persoselfservice)\n"
    config = make_site(tmp_path, fake_run.root, {"index.md": page})
    feature = tmp_path / "features" / "toegang" / "toegang.feature"
    feature.parent.mkdir(parents=True)
    feature.write_text(
        "# language: nl\nFunctionaliteit: Toegang\n  Scenario: Via BOSA\n"
        '    Dan zie ik het scherm "BOSA-pagina" en leg ik het vast als "bosa-persoselfservice"\n',
        encoding="utf-8",
    )
    log = build_fails(config, caplog)
    assert (
        "index.md:3: screenshot 'bosa-persoselfservice' was not produced by this run; scenario "
        "'Via BOSA' (features/toegang/toegang.feature:4) captures it: run `make guide`"
    ) in log


def test_a_navigation_typo_fails_before_any_page_or_pdf(
    tmp_path: Path, fake_run: FakeRun, caplog: pytest.LogCaptureFixture
) -> None:
    key_choice(fake_run)
    pages = {"index.md": "# Start\n", "toegang.md": "# Toegang\n"}
    config = make_site(tmp_path, fake_run.root, pages)
    text = config.read_text(encoding="utf-8").replace("pdf: false", "pdf: true")
    config.write_text(text + "nav:\n  - index.md\n  - Toegang: toegnag.md\n", encoding="utf-8")
    log = build_fails(config, caplog)
    assert (
        "mkdocs.yml: the navigation entry 'Toegang' names 'toegnag.md', which is not a page "
        "(did you mean 'toegang.md'?)"
    ) in log
    assert not list((tmp_path / "site").glob("*.pdf"))


def test_a_failed_build_leaves_no_pdf_in_the_site(
    tmp_path: Path, fake_run: FakeRun, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    key_choice(fake_run)
    pages = {"index.md": "# Start\n\n[PDF](persopoint-handleiding.pdf) en [weg](nergens.md)\n"}
    config = make_site(tmp_path, fake_run.root, pages)
    config.write_text(
        config.read_text(encoding="utf-8").replace("pdf: false", "pdf: true"), encoding="utf-8"
    )
    log = build_fails(config, caplog)
    assert "nergens.md" in log
    assert "PDF not printed: the build has warnings" in log
    assert (tmp_path / "site" / "index.html").is_file()
    assert not (tmp_path / "site" / "persopoint-handleiding.pdf").exists()
