"""An edition of the guide stays in its language: the build refuses a screenshot of another
edition's run and an annotation label left in Dutch; the site's entrance lists the editions."""

from __future__ import annotations

from pathlib import Path

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config

from guidebook.annotations import parse_annotations
from guidebook.editions import dutch_label_problems, foreign_shot_problems
from guidebook.manifest import GuideManifest
from guidebook.site_index import built_editions, index_page, write_index
from guidebook.site_language import dutch_left_in, dutch_texts
from tests.guide.conftest import SYNTHETIC_BOXES, FakeRun, synthetic_screen
from tests.guide.test_build import SEED_STEPS, build_fails, make_site

DUTCH = parse_annotations(
    {
        "csam-sleutelkeuze": {
            "annotations": [
                {"callout": "Via je eID kaartlezer", "anchor": "key-eid"},
                {"callout": "Via itsme", "anchor": "key-itsme"},
                {"badge": 1, "anchor": "key-token"},
            ]
        }
    },
    "docs/guide/annotations.yml",
)
PAGE = "# Accès\n\n![Choix](shot:csam-sleutelkeuze){ covers=inloggen-sleutelkeuze }\n"


def french(*annotations: dict[str, object]) -> dict[str, object]:
    return {"csam-sleutelkeuze": {"annotations": list(annotations)}}


def test_a_label_left_in_dutch_is_named_with_its_file_and_shot() -> None:
    specs = parse_annotations(
        french({"callout": "Via je eID kaartlezer", "anchor": "key-eid"}), "docs/fr/a.yml"
    )
    problems = dutch_label_problems(specs, DUTCH, "fr", "docs/fr/a.yml")
    assert problems == [
        "docs/fr/a.yml: shot 'csam-sleutelkeuze', annotation 1 (callout 'Via je eID "
        "kaartlezer'): the label is the Dutch text; translate it for the 'fr' edition, or mark "
        "it 'same_in_all_languages: true' when it reads the same in every language"
    ]


def test_translated_flagged_and_numbered_labels_pass() -> None:
    specs = parse_annotations(
        french(
            {"callout": "Via votre lecteur de carte eID", "anchor": "key-eid"},
            {"callout": "Via itsme", "anchor": "key-itsme", "same_in_all_languages": True},
            {"badge": 1, "anchor": "key-token"},
        ),
        "docs/fr/a.yml",
    )
    assert dutch_label_problems(specs, DUTCH, "fr", "docs/fr/a.yml") == []


def test_an_unflagged_label_that_happens_to_read_the_same_is_refused() -> None:
    specs = parse_annotations(french({"callout": "Via itsme", "anchor": "k"}), "f.yml")
    assert len(dutch_label_problems(specs, DUTCH, "fr", "f.yml")) == 1
    assert dutch_label_problems(DUTCH, DUTCH, "nl", "f.yml") == [], "Dutch is Dutch"


def test_the_flag_must_be_true_or_false() -> None:
    with pytest.raises(ValueError, match="same_in_all_languages must be true or false"):
        parse_annotations(
            french({"callout": "Via itsme", "anchor": "k", "same_in_all_languages": "ja"}),
            "f.yml",
        )


def test_a_screenshot_of_another_edition_is_named(fake_run: FakeRun) -> None:
    shots = {"csam-sleutelkeuze": fake_run.shot("csam-sleutelkeuze", "Sleutelkeuze", language="nl")}
    manifest = GuideManifest.scan({"toegang.md": PAGE})
    [problem] = foreign_shot_problems(manifest, shots, "fr")
    assert problem.startswith(
        "toegang.md: screenshot 'csam-sleutelkeuze' was taken in the 'nl' edition (Sleutelkeuze)"
    )
    assert foreign_shot_problems(manifest, shots, "nl") == []


def test_the_french_build_refuses_a_dutch_screenshot_and_a_dutch_label(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    run = FakeRun(tmp_path / "run", "fr")
    run.shot(
        "csam-sleutelkeuze", "Choix", png=synthetic_screen(), boxes=SYNTHETIC_BOXES, language="nl"
    )
    dutch = tmp_path / "dutch.yml"
    dutch.write_text(
        "csam-sleutelkeuze:\n  annotations:\n"
        "    - callout: Via je eID kaartlezer\n      anchor: button-a\n",
        encoding="utf-8",
    )
    config = make_site(
        tmp_path,
        run.root,
        {"index.md": PAGE},
        dutch.read_text(encoding="utf-8"),
        SEED_STEPS,
        language="fr",
    )
    config.write_text(
        config.read_text(encoding="utf-8") + f"      reference_annotations: {dutch}\n",
        encoding="utf-8",
    )
    log = build_fails(config, caplog)
    assert "index.md: screenshot 'csam-sleutelkeuze' was taken in the 'nl' edition" in log
    assert "annotation 1 (callout 'Via je eID kaartlezer'): the label is the Dutch text" in log


def test_the_french_build_shows_its_own_screenshots(tmp_path: Path) -> None:
    run = FakeRun(tmp_path / "run", "fr")
    run.shot("csam-sleutelkeuze", "Choix", language="fr")
    config = make_site(tmp_path, run.root, {"index.md": PAGE}, None, SEED_STEPS, language="fr")
    build(load_config(str(config)))
    coverage = (tmp_path / "site" / "dekking.html").read_text(encoding="utf-8")
    assert "Couverture du guide" in coverage


def test_the_entrance_forwards_to_dutch_and_lists_every_built_edition(tmp_path: Path) -> None:
    for edition in ("de", "nl"):
        (tmp_path / edition).mkdir()
        (tmp_path / edition / "index.html").write_text("x", encoding="utf-8")
    assert built_editions(tmp_path) == ["nl", "de"]
    page = write_index(tmp_path).read_text(encoding="utf-8")
    assert 'content="0; url=nl/index.html"' in page
    assert 'href="de/index.html" hreflang="de">Deutsch' in page
    assert "fr/index.html" not in page


def test_an_entrance_without_editions_says_what_to_do() -> None:
    with pytest.raises(ValueError, match="make guide"):
        index_page([])


def test_the_dutch_key_choice_texts_are_named_where_an_edition_shows_them(tmp_path: Path) -> None:
    texts = dutch_texts("fr")
    assert "AANMELDEN met eID kaartlezer" in texts
    assert "Kies uw digitale sleutel om aan te melden" in texts
    (tmp_path / "inloggen").mkdir()
    (tmp_path / "inloggen" / "eid.html").write_text(
        "<p>Cliquez sur <b>AANMELDEN met eID kaartlezer</b></p>", encoding="utf-8"
    )
    (tmp_path / "index.html").write_text("<p>CONNEXION avec lecteur</p>", encoding="utf-8")
    assert dutch_left_in(tmp_path, "fr") == ["inloggen/eid.html: 'AANMELDEN met eID kaartlezer'"]


@pytest.mark.parametrize("edition", ["fr", "de"])
def test_the_translated_pages_quote_no_dutch_key_choice_text(edition: str) -> None:
    """The pages the writers translated (the built site adds only generated pages and the
    screenshots, whose texts come from the edition's run)."""
    docs = Path(__file__).parents[2] / "docs" / edition
    pages = {page: page.read_text(encoding="utf-8") for page in docs.rglob("*.md")}
    assert len(pages) >= 9
    left = [
        f"{page.relative_to(docs)}: {text!r}"
        for page, content in pages.items()
        for text in dutch_texts(edition)
        if text in content
    ]
    assert left == []
