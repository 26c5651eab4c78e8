"""``persopoint retrace``: the failed tests of a run's JUnit XML run again, with tracing.

The end-to-end test runs a tiny project with the harness's browser plugins
(``harness_project``): a first run without tracing keeps no trace, and the retrace keeps the
trace of the test that fails again and says which one passed this time.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from mock_services.cli import main
from mock_services.commands.retrace import JunitError, failed_tests

pytest_plugins = ["pytester"]

JUNIT = """<?xml version="1.0" encoding="utf-8"?>
<testsuites><testsuite name="pytest" errors="1" failures="2" skipped="1" tests="6">
<testcase classname="features.toegang.test_toegang" name="test_passes" time="1.0"/>
<testcase classname="features.toegang.test_toegang" name="test_fails" time="1.0">
  <failure message="AssertionError">...</failure></testcase>
<testcase classname="features.toegang.test_toegang" name="test_outline[Français-Bienvenue]">
  <failure message="AssertionError">...</failure></testcase>
<testcase classname="tests.world.test_clock.TestClock" name="test_in_class">
  <error message="fixture failed">...</error></testcase>
<testcase classname="features.toegang.test_toegang" name="test_skipped">
  <skipped message="no card"/></testcase>
</testsuite></testsuites>
"""


def test_the_failed_and_erroneous_tests_are_read_as_node_ids(tmp_path: Path) -> None:
    junit = tmp_path / "junit.xml"
    junit.write_text(JUNIT, encoding="utf-8")
    assert failed_tests(junit) == [
        "features/toegang/test_toegang.py::test_fails",
        "features/toegang/test_toegang.py::test_outline[Français-Bienvenue]",
        "tests/world/test_clock.py::TestClock::test_in_class",
    ]


def test_a_missing_or_broken_junit_file_is_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "junit.xml"
    with pytest.raises(JunitError, match="does not exist: the run wrote no JUnit XML"):
        failed_tests(missing)
    broken = tmp_path / "broken.xml"
    broken.write_text("<testsuites><testcase", encoding="utf-8")
    assert main(["retrace", "--junit", str(broken)]) == 1
    assert f"{broken} cannot be read as JUnit XML" in capsys.readouterr().err


TESTS = """
from pathlib import Path


def test_fails(page):
    page.set_content("<h1>Aanmelden</h1>")
    assert page.locator("h1").inner_text() == "Afmelden"


def test_fails_once(page):
    page.set_content("<h1>Eén keer</h1>")
    marker = Path("failed-once")
    if not marker.exists():
        marker.touch()
        raise AssertionError("fails the first time only")


def test_passes(page):
    page.set_content("<h1>Welkom</h1>")
"""


def test_the_failed_tests_run_again_and_keep_their_traces(
    harness_project: pytest.Pytester,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    pytester = harness_project
    pytester.makepyfile(test_login=TESTS)
    output = pytester.path / "test-results"
    first = pytester.runpytest_subprocess(
        "-p", "no:cacheprovider", "--tracing", "off", "--output", str(output),
        "--junitxml", "junit.xml",
    )  # fmt: skip
    first.assert_outcomes(failed=2, passed=1)
    assert not list(output.rglob("*.zip"))

    monkeypatch.chdir(pytester.path)
    status = main(
        ["retrace", "--junit", "junit.xml", "--output", str(output), "--", "-p", "no:cacheprovider"]
    )
    said = capsys.readouterr().out
    assert status == 0, said
    assert "running 2 failed tests again with tracing" in said
    assert "1 failed, 1 passed" in said
    (kept,) = output.glob("*/trace*.zip")
    assert kept.parent.name == "test-login-py-test-fails-chromium"
    with zipfile.ZipFile(kept) as archive:
        assert "trace.trace" in archive.namelist()
    assert f"test_login.py::test_fails[chromium]: {kept}" in said
    assert "test_login.py::test_fails_once[chromium]: passed when run alone" in said
    assert "test_passes" not in said


def test_only_the_first_failures_run_again_within_the_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    junit = tmp_path / "junit.xml"
    junit.write_text(JUNIT, encoding="utf-8")
    monkeypatch.chdir(tmp_path)  # no such tests here: pytest finds none and stops
    status = main(["retrace", "--junit", str(junit), "--limit", "1"])
    said = capsys.readouterr()
    assert "running 1 failed tests again with tracing (the first 1; 2 more not)" in said.out
    assert status == 1
    assert "pytest stopped" in said.err
