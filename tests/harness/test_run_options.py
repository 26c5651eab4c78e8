"""The run options: the edition, the world's settings as a fixture, and the seed of the run.

Each test runs a tiny test file with the harness's plugins in a fresh pytest, as a user would.
"""

from __future__ import annotations

from pathlib import Path

import pytest

pytest_plugins = ["pytester"]

ROOT = Path(__file__).parents[2]

PLUGINS = ("fixtures.edition", "fixtures.card", "fixtures.world")

REPORT_SETTINGS = """
import os
from pathlib import Path

from fixtures.world import world_seed


def test_report(request, world_settings, edition):
    worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
    Path(f"settings-{worker}-{request.node.name}.txt").write_text(
        f"{world_seed(request.config)} {world_settings.seed} {world_settings.start.isoformat()} "
        f"{world_settings.language} {edition.locale}"
    )
"""


def plugin_args() -> list[str]:
    """The world's plugins, without Playwright's (no browser here)."""
    return ["-p", "no:playwright", *(argument for plugin in PLUGINS for argument in ("-p", plugin))]


def reports(pytester: pytest.Pytester) -> list[list[str]]:
    return [path.read_text().split() for path in sorted(pytester.path.glob("settings-*.txt"))]


@pytest.fixture
def settings_run(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> pytest.Pytester:
    monkeypatch.setenv("PYTHONPATH", str(ROOT))
    monkeypatch.chdir(pytester.path)
    pytester.makepyfile(test_settings=REPORT_SETTINGS)
    return pytester


def test_the_defaults_are_the_guides_world_in_dutch(settings_run: pytest.Pytester) -> None:
    result = settings_run.runpytest(*plugin_args())
    result.assert_outcomes(passed=1)
    result.stdout.fnmatch_lines(["persopoint edition: nl (language nl, nl-BE)"])
    assert reports(settings_run) == [
        ["20260302", "20260302", "2026-03-02T08:30:00+00:00", "nl", "nl-BE"]
    ]


def test_the_options_set_seed_start_and_edition(settings_run: pytest.Pytester) -> None:
    result = settings_run.runpytest(
        *plugin_args(),
        *("--world-seed", "7", "--world-time", "2026-06-01T09:00:00+02:00", "--edition", "fr"),
    )
    result.assert_outcomes(passed=1)
    assert reports(settings_run) == [["7", "7", "2026-06-01T07:00:00+00:00", "fr", "fr-BE"]]


def test_a_conftest_can_override_the_world_settings(settings_run: pytest.Pytester) -> None:
    settings_run.makeconftest(
        """
        import dataclasses

        import pytest


        @pytest.fixture(scope="session")
        def world_settings(world_settings):
            return dataclasses.replace(world_settings, language="de")
        """
    )
    settings_run.runpytest(*plugin_args()).assert_outcomes(passed=1)
    assert reports(settings_run)[0][3] == "de"


def test_every_worker_uses_the_random_seed_of_the_run(settings_run: pytest.Pytester) -> None:
    settings_run.makepyfile(
        test_more=REPORT_SETTINGS.replace("def test_report", "def test_other_report")
    )
    result = settings_run.runpytest(*plugin_args(), "-n", "2", "--random-seed")
    result.assert_outcomes(passed=2)
    seeds = [line for line in result.outlines if line.startswith("persopoint world seed:")]
    header, summary = seeds
    assert header == summary, "the header and the end of the run name the same seed"
    seed = header.split()[3]
    seen = reports(settings_run)
    assert len(seen) == 2
    assert {report[0] for report in seen} == {report[1] for report in seen} == {seed}


def test_the_random_seed_is_printed_under_quiet_too(settings_run: pytest.Pytester) -> None:
    result = settings_run.runpytest(*plugin_args(), "-q", "--random-seed")
    result.assert_outcomes(passed=1)
    result.stdout.fnmatch_lines(["persopoint world seed: * (rerun with --world-seed *)"])


def test_a_world_start_without_time_zone_is_a_usage_error(settings_run: pytest.Pytester) -> None:
    result = settings_run.runpytest(*plugin_args(), "--world-time", "2026-06-01T09:00")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["*--world-time: '2026-06-01T09:00' has no UTC offset*"])


def test_an_unknown_edition_is_refused_with_the_choices(settings_run: pytest.Pytester) -> None:
    result = settings_run.runpytest(*plugin_args(), "--edition", "en")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["*--edition: invalid choice: 'en' (choose from*de*fr*nl*"])
