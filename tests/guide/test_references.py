from __future__ import annotations

from guidebook.references import RunEvidence, render_references
from tests.guide.conftest import FakeRun


def evidence(run: FakeRun) -> RunEvidence:
    return RunEvidence.of(run.directory.shots(), run.directory.scenario_results())


def test_reference_becomes_a_figure_relative_to_the_page(fake_run: FakeRun) -> None:
    fake_run.shot("csam-sleutelkeuze", scenario="Via BOSA")
    markdown, problems = render_references(
        "Kies:\n\n![De sleutelkeuze](shot:csam-sleutelkeuze)\n",
        "inloggen/index.md",
        evidence(fake_run),
        "2026-11-29",
    )
    assert problems == []
    assert "![De sleutelkeuze](../screens/csam-sleutelkeuze.png)" in markdown
    assert "“Via BOSA” (toegang/persoselfservice.feature), run van 2026-11-29" in markdown


def test_missing_screenshot_is_reported_with_page_and_name(fake_run: FakeRun) -> None:
    _, problems = render_references(
        "![Weg](shot:bestaat-niet)", "toegang.md", evidence(fake_run), ""
    )
    assert [str(problem) for problem in problems] == [
        "toegang.md: screenshot 'bestaat-niet' was not produced by this run "
        "(no scenario captured it; run `make guide`)"
    ]


def test_screenshot_of_a_failing_scenario_is_refused(fake_run: FakeRun) -> None:
    fake_run.shot("csam-onderhoud", scenario="CSAM is in onderhoud", outcome="failed")
    _, problems = render_references(
        "![x](shot:csam-onderhoud)", "toegang.md", evidence(fake_run), ""
    )
    assert len(problems) == 1
    assert str(problems[0]) == (
        "toegang.md: screenshot 'csam-onderhoud' comes from scenario 'CSAM is in onderhoud' "
        "(toegang/persoselfservice.feature), which failed in this run"
    )


def test_screenshot_without_a_scenario_result_is_refused(fake_run: FakeRun) -> None:
    fake_run.shot("pss-startpagina", scenario="Start")
    for result_file in fake_run.directory.results.glob("*.json"):
        result_file.unlink()
    _, problems = render_references("![x](shot:pss-startpagina)", "a.md", evidence(fake_run), "")
    assert "the run was interrupted" in str(problems[0])
