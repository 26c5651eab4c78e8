"""The guide build end to end, on a small made-up site: what it makes, and every reason it
refuses to build, each naming the file and the screenshot."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.exceptions import Abort
from PIL import Image

from tests.guide.conftest import SYNTHETIC_BOXES, FakeRun, synthetic_screen
from tests.recorded_run import record_run, runs_of

pytest_plugins = ["pytester"]

KEY_CHOICE = "Via BOSA"
SEED_STEPS = """
chapters:
  - title: Hoe log je in?
    page: index.md
    steps:
      - id: inloggen-sleutelkeuze
        text: Kies je digitale sleutel.
"""
SEED_STEPS_WITH_EID = (
    SEED_STEPS
    + """
  - title: Log in met je eID
    page: eid.md
    steps:
      - id: eid-1
        text: Klik op de knop AANMELDEN met eID kaartlezer.
"""
)


def make_site(
    root: Path,
    runs: Path,
    pages: dict[str, str],
    annotations: str | None = None,
    seed: str = SEED_STEPS,
    *,
    language: str = "nl",
) -> Path:
    docs = root / "docs"
    for name, text in pages.items():
        (docs / name).parent.mkdir(parents=True, exist_ok=True)
        (docs / name).write_text(text, encoding="utf-8")
    if annotations is not None:
        (docs / "annotations.yml").write_text(annotations, encoding="utf-8")
    seed_steps = root / "seed_steps.yml"
    seed_steps.write_text(seed, encoding="utf-8")
    config = root / "mkdocs.yml"
    config.write_text(
        "site_name: Test\n"
        "docs_dir: docs\n"
        "site_dir: site\n"
        "strict: true\n"
        "use_directory_urls: false\n"
        "markdown_extensions: [attr_list, md_in_html, admonition]\n"
        "plugins:\n"
        "  - persopoint-guide:\n"
        f"      language: {language}\n"
        f"      run_dir: {runs}\n"
        f"      seed_steps: {seed_steps}\n"
        "      pdf: false\n",
        encoding="utf-8",
    )
    return config


def build_fails(config: Path, caplog: pytest.LogCaptureFixture) -> str:
    with pytest.raises(Abort):
        build(load_config(str(config)))
    return caplog.text


def key_choice(run: FakeRun, language: str = "nl") -> None:
    run.shot(
        "csam-sleutelkeuze",
        KEY_CHOICE,
        png=synthetic_screen(),
        boxes=SYNTHETIC_BOXES,
        language=language,
    )


ANNOTATED = (
    "csam-sleutelkeuze:\n"
    "  crop: {anchor: panel, padding: 4}\n"
    "  annotations:\n"
    "    - callout: Via je eID kaartlezer\n"
    "      anchor: button-a\n"
)
INDEX = "# Start\n\n![Keuze](shot:csam-sleutelkeuze){ covers=inloggen-sleutelkeuze }\n"


def test_build_draws_figures_and_generates_the_report_pages(
    tmp_path: Path, fake_run: FakeRun
) -> None:
    key_choice(fake_run)
    fake_run.shot("pss-startpagina", "Start")
    config = make_site(
        tmp_path,
        fake_run.root,
        {"index.md": INDEX, "toegang.md": "# Toegang\n\n![Start](shot:pss-startpagina)\n"},
        ANNOTATED,
    )
    build(load_config(str(config)))
    site = tmp_path / "site"
    html = (site / "index.html").read_text(encoding="utf-8")
    assert 'src="screens/csam-sleutelkeuze.png"' in html
    assert 'href="verificatie.html#via-bosa"' in html
    with Image.open(site / "screens" / "csam-sleutelkeuze.png") as figure:
        assert figure.width > SYNTHETIC_BOXES["panel"][2] + 8, "the callout grew the canvas"
    raw = fake_run.directory.shot_png("pss-startpagina").read_bytes()
    assert (site / "screens" / "pss-startpagina.png").read_bytes() == raw
    assert (site / "screens" / "run" / "csam-sleutelkeuze.png").is_file()
    assert not (site / "annotations.yml").exists()
    verification = (site / "verificatie.html").read_text(encoding="utf-8")
    assert 'id="via-bosa"' in verification
    coverage = (site / "dekking.html").read_text(encoding="utf-8")
    assert "inloggen-sleutelkeuze" in coverage
    printed = (site / "print.html").read_text(encoding="utf-8")
    assert 'data-toc-target="p-toegang"' in printed
    assert 'src="screens/csam-sleutelkeuze.png"' in printed


def test_a_chapter_the_run_does_not_illustrate_says_so(tmp_path: Path, fake_run: FakeRun) -> None:
    key_choice(fake_run)
    pages = {"index.md": INDEX, "eid.md": "# Log in met je eID\n\nStap 1.\n"}
    config = make_site(tmp_path, fake_run.root, pages, ANNOTATED, SEED_STEPS_WITH_EID)
    build(load_config(str(config)))
    eid = (tmp_path / "site" / "eid.html").read_text(encoding="utf-8")
    assert (
        eid.index("Log in met je eID</h1>")
        < eid.index("Nog niet geverifieerd")
        < eid.index("Stap 1.")
    )
    assert 'href="dekking.html"' in eid
    index = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    assert "Nog niet geverifieerd" not in index


def test_two_builds_give_byte_identical_figures(tmp_path: Path, fake_run: FakeRun) -> None:
    key_choice(fake_run)
    config = make_site(tmp_path, fake_run.root, {"index.md": INDEX}, ANNOTATED)
    figure = tmp_path / "site" / "screens" / "csam-sleutelkeuze.png"
    build(load_config(str(config)))
    first = figure.read_bytes()
    build(load_config(str(config)))
    assert figure.read_bytes() == first


def test_missing_screenshot_names_page_and_screenshot(
    tmp_path: Path, fake_run: FakeRun, caplog: pytest.LogCaptureFixture
) -> None:
    fake_run.shot("pss-startpagina")
    config = make_site(
        tmp_path,
        fake_run.root,
        {
            "index.md": "# Start\n\n![Start](shot:pss-startpagina)\n",
            "inloggen/eid.md": "# eID\n\n![PIN](shot:eid-pincode)\n",
        },
    )
    message = build_fails(config, caplog)
    assert "the guide cannot be built from the run in" in message
    assert (
        "inloggen/eid.md:3: screenshot 'eid-pincode' is not a screenshot any scenario captures"
    ) in message
    assert "pss-startpagina" not in message


def test_screenshot_of_a_failed_scenario_names_page_screenshot_and_scenario(
    tmp_path: Path, fake_run: FakeRun, caplog: pytest.LogCaptureFixture
) -> None:
    fake_run.shot("csam-onderhoud", "CSAM is in onderhoud", outcome="failed")
    config = make_site(tmp_path, fake_run.root, {"index.md": "# S\n\n![O](shot:csam-onderhoud)\n"})
    message = build_fails(config, caplog)
    assert (
        "index.md:3: screenshot 'csam-onderhoud' comes from scenario 'CSAM is in onderhoud' "
        "(toegang/persoselfservice.feature), which failed in this run"
    ) in message


def test_a_failed_run_is_refused_listing_its_failed_scenarios(
    tmp_path: Path, fake_run: FakeRun, caplog: pytest.LogCaptureFixture
) -> None:
    fake_run.shot("pss-startpagina")
    fake_run.result("CSAM is onbereikbaar", "failed", message="call failed at step: Dan zie ik")
    config = make_site(tmp_path, fake_run.root, {"index.md": "# S\n\n![S](shot:pss-startpagina)\n"})
    message = build_fails(config, caplog)
    assert (
        "has 1 failed scenario(s); the guide is built from a green run only:\n"
        "    - toegang/persoselfservice.feature: 'CSAM is onbereikbaar' "
        "(call failed at step: Dan zie ik)"
    ) in message


def test_an_unfinished_run_is_refused(
    tmp_path: Path, fake_run: FakeRun, caplog: pytest.LogCaptureFixture
) -> None:
    fake_run.shot("pss-startpagina")
    fake_run.unfinished()
    config = make_site(tmp_path, fake_run.root, {"index.md": "# S\n\n![S](shot:pss-startpagina)\n"})
    assert "holds no finished run (run.json is missing): run `make guide`" in build_fails(
        config, caplog
    )


def test_an_unknown_anchor_names_file_shot_annotation_and_anchor(
    tmp_path: Path, fake_run: FakeRun, caplog: pytest.LogCaptureFixture
) -> None:
    key_choice(fake_run)
    annotations = ANNOTATED.replace("anchor: button-a", "anchor: key-eid")
    config = make_site(tmp_path, fake_run.root, {"index.md": INDEX}, annotations)
    assert (
        "docs/annotations.yml: shot 'csam-sleutelkeuze', annotation 1 (callout 'Via je eID "
        "kaartlezer'): anchor 'key-eid' is not in the record of screenshot "
        "'csam-sleutelkeuze' (its anchors: button-a, button-b, panel, secret)"
    ) in build_fails(config, caplog)


def test_an_annotation_no_page_uses_is_named(
    tmp_path: Path, fake_run: FakeRun, caplog: pytest.LogCaptureFixture
) -> None:
    key_choice(fake_run)
    annotations = ANNOTATED + "pss-startpagina:\n  crop: login-button\n"
    config = make_site(tmp_path, fake_run.root, {"index.md": INDEX}, annotations)
    assert (
        "docs/annotations.yml: shot 'pss-startpagina' is annotated but no page shows it"
    ) in build_fails(config, caplog)


def test_a_malformed_annotations_file_is_named(
    tmp_path: Path, fake_run: FakeRun, caplog: pytest.LogCaptureFixture
) -> None:
    key_choice(fake_run)
    config = make_site(
        tmp_path, fake_run.root, {"index.md": INDEX}, "csam-sleutelkeuze:\n  zoom: 2\n"
    )
    assert (
        "docs/annotations.yml:1: shot 'csam-sleutelkeuze': unknown setting 'zoom'"
    ) in build_fails(config, caplog)


def test_an_undeclared_view_and_an_unknown_seed_step_are_named(
    tmp_path: Path, fake_run: FakeRun, caplog: pytest.LogCaptureFixture
) -> None:
    key_choice(fake_run)
    config = make_site(
        tmp_path,
        fake_run.root,
        {"index.md": "# S\n\n![K](shot:csam-sleutelkeuze@eid){ covers=eid-9 }\n"},
    )
    message = build_fails(config, caplog)
    assert (
        "index.md:3: screenshot 'csam-sleutelkeuze@eid' is a view that docs/annotations.yml "
        "does not declare"
    ) in message
    assert "index.md:3: screenshot 'csam-sleutelkeuze@eid' covers 'eid-9', which is not a step" in (
        message
    )


def test_a_chapter_whose_page_is_missing_is_named(
    tmp_path: Path, fake_run: FakeRun, caplog: pytest.LogCaptureFixture
) -> None:
    fake_run.shot("pss-startpagina")
    config = make_site(
        tmp_path, fake_run.root, {"toegang.md": "# S\n\n![S](shot:pss-startpagina)\n"}
    )
    assert "seed_steps.yml: chapter 'Hoe log je in?' is documented on 'index.md', which is " in (
        build_fails(config, caplog)
    )


def test_the_guide_is_built_from_the_run_the_recorder_and_capture_plugins_made(
    pytester: pytest.Pytester, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    pages = {
        "index.md": "# Opname\n\n![Geslaagd](shot:demo-geslaagd){ covers=inloggen-sleutelkeuze }\n"
    }
    record_run(pytester).assert_outcomes(passed=1, failed=1)
    config = make_site(tmp_path, runs_of(pytester), pages)
    assert (
        "has 1 failed scenario(s); the guide is built from a green run only:\n"
        "    - demo/opname.feature: 'Mislukt' (call failed at step: Dan gaat het mis)"
    ) in build_fails(config, caplog)
    record_run(pytester, "-k", "geslaagd", "--replace-guide-run").assert_outcomes(passed=1)
    build(load_config(str(config)))
    html = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    assert 'src="screens/demo-geslaagd.png"' in html
    assert "Geverifieerd door het scenario" in html
    assert 'href="verificatie.html#demo-geslaagd"' in html
    verification = (tmp_path / "site" / "verificatie.html").read_text(encoding="utf-8")
    assert "1 geslaagd, 0 mislukt" in verification
    shown = (tmp_path / "site" / "screens" / "demo-geslaagd.png").read_bytes()
    assert shown == (runs_of(pytester) / "nl" / "screens" / "demo-geslaagd.png").read_bytes()


def test_an_edition_reads_its_own_run_and_speaks_its_language(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    french = FakeRun(tmp_path / "runs", edition="fr")
    key_choice(french, "fr")
    FakeRun(tmp_path / "runs", edition="nl").result("Mislukt in de Nederlandse run", "failed")
    config = make_site(tmp_path, french.root, {"index.md": INDEX}, ANNOTATED, language="fr")
    caplog.set_level(logging.INFO)
    build(load_config(str(config)))
    printed = (tmp_path / "site" / "print.html").read_text(encoding="utf-8")
    assert '<html lang="fr">' in printed
    assert 'src="screens/csam-sleutelkeuze.png"' in printed
    assert "have no 'fr' translation yet" not in caplog.text, "the guide's texts are French"
    verification = (tmp_path / "site" / "verificatie.html").read_text(encoding="utf-8")
    assert "Vérification des captures d'écran" in verification


def test_a_seed_steps_file_that_does_not_exist_is_named(
    tmp_path: Path, fake_run: FakeRun, caplog: pytest.LogCaptureFixture
) -> None:
    key_choice(fake_run)
    config = make_site(tmp_path, fake_run.root, {"index.md": INDEX}, ANNOTATED)
    missing = tmp_path / "weg.yml"
    config.write_text(
        config.read_text().replace(str(tmp_path / "seed_steps.yml"), str(missing)),
        encoding="utf-8",
    )
    assert f"option 'seed_steps': The path '{missing}' isn't an existing file" in build_fails(
        config, caplog
    )
