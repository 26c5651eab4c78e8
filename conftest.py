"""Root conftest: load the project's pytest plugins, so every test and feature shares them."""

from __future__ import annotations

pytest_plugins = [
    "fixtures.world",
    "fixtures.card",
    "fixtures.eid_reader",
    "fixtures.time_travel",
    "fixtures.browser",
    "fixtures.phone",
    "fixtures.run_recorder",
    "fixtures.capture",
    "fixtures.scenario_guard",
    "steps.navigation",
    "steps.screens",
    "steps.faults",
    "steps.itsme",
    "steps.phone",
    "steps.time",
    "steps.applications",
    "steps.eid",
    "steps.session_timeout",
]
