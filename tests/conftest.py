"""Fixtures shared by the unit tests."""

from __future__ import annotations

import pytest


@pytest.fixture
def pytester(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> pytest.Pytester:
    """pytester without the hypothesis plugin, as the project runs (pyproject's addopts): an
    inline run in a worker that already built hypothesis strategies would otherwise load the
    plugin late and fail on its HypothesisSideeffectWarning."""
    monkeypatch.setenv("PYTEST_ADDOPTS", "-p no:hypothesispytest")
    return pytester
