"""Fixtures shared by the unit tests."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1]

HARNESS_CONFTEST = """
import pytest

from mock_services.world import World

pytest_plugins = ["fixtures.edition", "fixtures.time_travel", "fixtures.browser", "fixtures.phone"]


@pytest.fixture
def world():
    return World()
"""


@pytest.fixture
def pytester(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> pytest.Pytester:
    """pytester without the hypothesis plugin, as the project runs (pyproject's addopts): an
    inline run in a worker that already built hypothesis strategies would otherwise load the
    plugin late and fail on its HypothesisSideeffectWarning."""
    monkeypatch.setenv("PYTEST_ADDOPTS", "-p no:hypothesispytest")
    return pytester


@pytest.fixture
def harness_project(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> pytest.Pytester:
    """A tiny project with the harness's browser plugins, on a bare world (the contexts only
    need its clock), for tests that run pytest on tests of their own in a fresh process
    (Playwright's sync API wants a process of its own)."""
    monkeypatch.setenv("PYTHONPATH", str(ROOT))
    pytester.makeconftest(HARNESS_CONFTEST)
    return pytester
