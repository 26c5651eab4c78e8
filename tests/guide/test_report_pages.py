"""The generated pages: the coverage report and the verification page, and the notice on a
chapter that the run does not illustrate yet."""

from __future__ import annotations

from pathlib import Path

from guidebook.coverage import compute_coverage, coverage_page, uncovered_notice, unknown_steps
from guidebook.evidence import RunEvidence
from guidebook.manifest import GuideManifest
from guidebook.seed_steps import DEFAULT_SEED_STEPS, Chapter, SeedStep, load_seed_steps
from guidebook.texts import guide_texts
from guidebook.verification import verification_page
from tests.guide.conftest import FakeRun

DUTCH = guide_texts("nl")

CHAPTERS = [
    Chapter(
        "Toegang",
        "toegang.md",
        (
            SeedStep("toegang-bosa", "Toegang", "toegang.md", "Via de site van BOSA.", "PSS"),
            SeedStep("toegang-start", "Toegang", "toegang.md", "Klik op Aanmelden."),
        ),
    ),
    Chapter(
        "eID",
        "inloggen/eid.md",
        (SeedStep("eid-1", "eID", "inloggen/eid.md", "Klik op de knop | eID."),),
    ),
]
PAGES = {
    "toegang.md": (
        "# Toegang\n\n![A](shot:bosa){ covers=toegang-bosa }\n\n"
        "![B](shot:start){ covers=toegang-start }\n"
    ),
    "inloggen/eid.md": "# Log in met je eID\n\nNog geen schermafdrukken.\n",
}


def run_with_one_failure(fake_run: FakeRun) -> RunEvidence:
    fake_run.shot("bosa", scenario="Via BOSA")
    fake_run.shot("start", scenario="Startpagina", outcome="failed")
    fake_run.result("Zonder schermafdruk", tags=["toegang", "storing"])
    return RunEvidence.read(fake_run.directory)


def test_coverage_comes_from_the_pages_and_the_passing_scenarios(fake_run: FakeRun) -> None:
    evidence = run_with_one_failure(fake_run)
    manifest = GuideManifest.scan(PAGES)
    coverage = compute_coverage(CHAPTERS, manifest.references, evidence)
    assert [(item.step.id, item.covered) for item in coverage] == [
        ("toegang-bosa", True),
        ("toegang-start", False),
        ("eid-1", False),
    ]
    page = coverage_page(CHAPTERS, coverage, evidence, DUTCH)
    assert (
        "beschrijft **3 stappen**. In de run van 2026-11-29 worden er **1** geïllustreerd" in page
    )
    assert "| [Toegang](#hoofdstuk-toegang) | 1 van 2 | `toegang-start` |" in page
    assert "| [eID](#hoofdstuk-eid) | 0 van 1 | `eid-1` |" in page
    assert (
        "| `toegang-bosa` | PSS: Via de site van BOSA. | ✔ gedekt "
        "| [Via BOSA](verificatie.md#via-bosa) | [bosa](toegang.md#shot-bosa) |"
    ) in page
    assert "| `toegang-start` | Klik op Aanmelden. | ✘ niet gedekt | — | — |" in page
    assert "| `eid-1` | Klik op de knop \\| eID. | ✘ niet gedekt | — | — |" in page


def test_a_chapter_with_uncovered_steps_gets_a_notice(fake_run: FakeRun) -> None:
    evidence = run_with_one_failure(fake_run)
    coverage = compute_coverage(CHAPTERS, GuideManifest.scan(PAGES).references, evidence)
    partly = uncovered_notice("toegang.md", coverage, DUTCH)
    assert partly is not None
    assert partly.startswith('!!! warning "Nog niet geverifieerd"\n')
    assert "1 van de 2 stappen van dit hoofdstuk" in partly
    assert "    - Klik op Aanmelden." in partly
    nothing = uncovered_notice("inloggen/eid.md", coverage, DUTCH)
    assert nothing is not None
    assert "Dit hoofdstuk wordt nog niet door een geautomatiseerd scenario" in nothing
    assert "[dekkingsrapport](../dekking.md)" in nothing
    assert uncovered_notice("index.md", coverage, DUTCH) is None


def test_a_figure_may_not_cover_a_step_the_seed_does_not_have() -> None:
    manifest = GuideManifest.scan({"a.md": "![x](shot:bosa){ covers=eid-9 }"})
    assert [str(p) for p in unknown_steps(manifest.references, CHAPTERS, "seed_steps.yml")] == [
        "a.md:1: screenshot 'bosa' covers 'eid-9', which is not a step of the seed guide "
        "(did you mean 'eid-1'?); the steps of seed_steps.yml are: eid-1, toegang-bosa, "
        "toegang-start"
    ]


def test_verification_lists_every_scenario_with_result_tags_duration_and_shots(
    fake_run: FakeRun,
) -> None:
    evidence = run_with_one_failure(fake_run)
    manifest = GuideManifest.scan(PAGES)
    page = verification_page(evidence, manifest.references, manifest.titles, DUTCH)
    assert "**3 scenario's**, 2 geslaagd, 1 mislukt, 0 overgeslagen; 2 schermafdrukken." in page
    assert "## Toegang tot PersoSelfService\n\n`features/toegang/persoselfservice.feature`" in page
    assert (
        '| <span id="via-bosa"></span>Via BOSA | ✔ geslaagd | `@toegang` | 0,12 s '
        "| [bosa](screens/run/bosa.png) → [Toegang](toegang.md#shot-bosa) |"
    ) in page
    assert (
        '| <span id="startpagina"></span>Startpagina | ✘ mislukt<br><small>call failed at '
        "step: Dan zie ik Startpagina</small> |"
    ) in page
    assert (
        '| <span id="zonder-schermafdruk"></span>Zonder schermafdruk | ✔ geslaagd '
        "| `@toegang` `@storing` | 0,12 s | — |"
    ) in page


def test_the_seed_steps_file_encodes_every_chapter_of_the_seed_in_order() -> None:
    chapters = load_seed_steps(DEFAULT_SEED_STEPS)
    assert [chapter.title for chapter in chapters] == [
        "Toegang tot de PersoPoint-toepassingen",
        "Hoe log je in?",
        "Log in met je elektronische identiteitskaart",
        "Inloggen via itsme",
        "Maak je account aan met je eID",
        "Inloggen met je digitale sleutels (token)",
        "Onderbreking van de verbinding",
        "Activeer je eBox",
    ]
    itsme_account = chapters[4]
    assert [step.id for step in itsme_account.steps] == [
        *(f"itsme-account-{n}" for n in range(1, 9)),
        "itsme-account-klaar",
    ]
    docs = Path(__file__).resolve().parents[2] / "docs" / "guide"
    for chapter in chapters:
        assert (docs / chapter.page).is_file(), chapter.page
