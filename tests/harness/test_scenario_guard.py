"""The guard against scenarios that pass without doing anything, run on tiny features."""

from __future__ import annotations

import textwrap

import pytest

pytest_plugins = ["pytester"]

STEPS = """
from pytest_bdd import given, scenarios, then

scenarios("demo.feature")

@given("er is een wereld")
def a_world() -> None:
    pass

@then("is alles goed")
def all_good() -> None:
    pass
"""


def run_feature(pytester: pytest.Pytester, feature: str) -> pytest.RunResult:
    pytester.makefile(".feature", demo=textwrap.dedent(feature))
    pytester.makepyfile(test_demo=STEPS)
    return pytester.runpytest("-p", "fixtures.scenario_guard", "-p", "no:playwright")


def test_a_dutch_scenario_with_steps_passes(pytester: pytest.Pytester) -> None:
    result = run_feature(
        pytester,
        """\
        # language: nl
        Functionaliteit: Demo
          Scenario: Goed
            Gegeven er is een wereld
            Dan is alles goed
        """,
    )
    result.assert_outcomes(passed=1)


def test_english_keywords_in_a_dutch_feature_fail_the_scenario(pytester: pytest.Pytester) -> None:
    result = run_feature(
        pytester,
        """\
        # language: nl
        Functionaliteit: Demo
          Scenario: Vergeten te vertalen
            Given er is een wereld
            Then is alles goed
        """,
    )
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*has no steps: check its keywords and `# language: nl`*"])


def test_a_swallowed_first_step_fails_the_scenario(pytester: pytest.Pytester) -> None:
    result = run_feature(
        pytester,
        """\
        # language: nl
        Functionaliteit: Demo
          Scenario: Half vertaald
            Given er is een wereld
            Dan is alles goed
        """,
    )
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*were read as description*Given er is een wereld*"])
