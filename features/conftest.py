"""Every scenario drives the browser through the world: both start side by side."""

from __future__ import annotations

import pytest

from fixtures.world import WorldBoot


@pytest.fixture(autouse=True)
def _world_and_browser_side_by_side(request: pytest.FixtureRequest, world_boot: WorldBoot) -> None:
    """The world's web apps are built in their thread while Playwright launches the browser
    (its driver and Chromium are processes of their own), instead of one after the other:
    ``world_boot`` is set up first, then the browser; the first step that needs the world
    waits for what is left of its start. (The browser is asked for here, not as an argument,
    so that pytest-playwright does not add a browser name to every scenario's id.)"""
    request.getfixturevalue("browser")
