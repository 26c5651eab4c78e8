"""Root conftest: load the project's pytest plugins, so every test and feature shares them."""

from __future__ import annotations

pytest_plugins = [
    "fixtures.world",
    "fixtures.card",
    "fixtures.browser",
    "fixtures.capture",
    "fixtures.scenario_guard",
    "steps.navigation",
    "steps.screens",
    "steps.faults",
]
