"""Shot references in the Markdown and the figures they become."""

from __future__ import annotations

from guidebook.evidence import RunEvidence
from guidebook.references import find_references, render_references
from guidebook.texts import guide_texts
from tests.guide.conftest import FakeRun

DUTCH = guide_texts("nl")


def evidence(run: FakeRun) -> RunEvidence:
    return RunEvidence.read(run.directory)


def test_reference_becomes_a_figure_relative_to_the_page(fake_run: FakeRun) -> None:
    fake_run.shot("csam-sleutelkeuze", scenario="Via BOSA")
    markdown, problems = render_references(
        "Kies:\n\n![De sleutelkeuze](shot:csam-sleutelkeuze){ covers=inloggen-sleutelkeuze }\n",
        "inloggen/index.md",
        evidence(fake_run),
        DUTCH,
    )
    assert problems == []
    assert '<figure class="shot" id="shot-csam-sleutelkeuze" markdown>' in markdown
    assert (
        "![De sleutelkeuze](../screens/csam-sleutelkeuze.png)"
        '{ .shot-image data-shot="csam-sleutelkeuze" }'
    ) in markdown
    assert (
        "Geverifieerd door het scenario [“Via BOSA”](../verificatie.md#via-bosa) "
        "(toegang/persoselfservice.feature), run van 2026-11-29"
    ) in markdown
    assert "covers" not in markdown


def test_a_view_has_its_own_file_and_other_attributes_reach_the_image(fake_run: FakeRun) -> None:
    fake_run.shot("csam-sleutelkeuze", device="phone")
    markdown, _ = render_references(
        '![Knop](shot:csam-sleutelkeuze@eid){ width=300 .no-zoom covers="eid-1, eid-2" }',
        "toegang.md",
        evidence(fake_run),
        DUTCH,
    )
    assert 'class="shot shot--phone" id="shot-csam-sleutelkeuze--eid"' in markdown
    assert (
        "![Knop](screens/csam-sleutelkeuze--eid.png)"
        '{ .shot-image data-shot="csam-sleutelkeuze@eid" width="300" .no-zoom }'
    ) in markdown


def test_references_carry_what_they_cover_and_fenced_code_is_left_alone() -> None:
    page = (
        "![A](shot:pss-startpagina){ covers=toegang-pss-start }\n"
        "```markdown\n![Voorbeeld](shot:niet-echt)\n```\n"
        '![B](shot:csam-sleutelkeuze@eid){ covers="eid-1 eid-2" width=200 }\n'
    )
    references = find_references(page, "toegang.md")
    assert [(r.key, r.shot, r.covers, r.attrs) for r in references] == [
        ("pss-startpagina", "pss-startpagina", ("toegang-pss-start",), ""),
        ("csam-sleutelkeuze@eid", "csam-sleutelkeuze", ("eid-1", "eid-2"), 'width="200"'),
    ]


def test_missing_screenshot_is_reported_with_page_and_name(fake_run: FakeRun) -> None:
    _, problems = render_references(
        "![Weg](shot:bestaat-niet)", "toegang.md", evidence(fake_run), DUTCH
    )
    assert [str(problem) for problem in problems] == [
        "toegang.md: screenshot 'bestaat-niet' was not produced by this run "
        "(no scenario captured it; run `make guide`)"
    ]


def test_screenshot_of_a_failing_scenario_is_refused(fake_run: FakeRun) -> None:
    fake_run.shot("csam-onderhoud", scenario="CSAM is in onderhoud", outcome="failed")
    _, problems = render_references(
        "![x](shot:csam-onderhoud)", "toegang.md", evidence(fake_run), DUTCH
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
    _, problems = render_references("![x](shot:pss-startpagina)", "a.md", evidence(fake_run), DUTCH)
    assert "the run was interrupted" in str(problems[0])
