"""The console names a failing scenario's Gherkin step the way Cucumber does: feature file and
line, the step's text, the error, and the frame in the project's code where it arose."""

from __future__ import annotations

import pytest

from tests.recorded_run import record_run

pytest_plugins = ["pytester"]

WORKERS = pytest.mark.parametrize("workers", [(), ("-n", "2")], ids=["one-process", "xdist"])


@WORKERS
def test_the_failing_step_is_named_with_its_feature_line(
    pytester: pytest.Pytester, workers: tuple[str, ...]
) -> None:
    result = record_run(pytester, "-p", "fixtures.gherkin_report", "-q", *workers)
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(
        [
            "*= failing Gherkin steps =*",
            "features/demo/opname.feature:11: Dan gaat het mis",
            "  Scenario: Mislukt",
            "  AssertionError: zoals bedoeld",
            "  at features/demo/test_demo.py:* in goes_wrong",
        ]
    )


def test_the_failure_report_carries_the_gherkin_section(pytester: pytest.Pytester) -> None:
    result = record_run(pytester, "-p", "fixtures.gherkin_report")
    result.stdout.fnmatch_lines(
        ["*- Gherkin step -*", "features/demo/opname.feature:11: Dan gaat het mis"]
    )


def test_a_passing_run_prints_no_gherkin_section(pytester: pytest.Pytester) -> None:
    result = record_run(pytester, "-p", "fixtures.gherkin_report", "-k", "geslaagd")
    result.assert_outcomes(passed=1)
    assert "failing Gherkin steps" not in result.stdout.str()
