"""Helpers for the guide tests: runs with made-up screenshots and results, written by the
harness's own recording code."""

from __future__ import annotations

import io
import os
from collections.abc import Mapping
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from fixtures.capture import ScreenCapture
from fixtures.run_recorder import ScenarioInfo
from guidebook.run_record import Box, Outcome, ShotRecord, edition_run
from mock_services.world import World
from tests.recorded_run import StillPage, tiny_png

UPDATE_GOLDENS = os.environ.get("PERSOPOINT_UPDATE_GOLDENS") == "1"
"""Set to 1 to rewrite tests/guide/golden/ from the current drawing code (`make goldens`)."""


SYNTHETIC_BOXES: dict[str, Box] = {
    "panel": (20.0, 20.0, 280.0, 160.0),
    "button-a": (40.0, 50.0, 120.0, 30.0),
    "button-b": (40.0, 100.0, 120.0, 30.0),
    "secret": (180.0, 50.0, 100.0, 80.0),
}


def synthetic_screen(width: int = 320, height: int = 200) -> bytes:
    """A small screen of flat shapes (no text, so no font in the input) with known boxes."""
    image = Image.new("RGB", (width, height), "#f3f4f6")
    draw = ImageDraw.Draw(image)
    for name, (x, y, w, h) in SYNTHETIC_BOXES.items():
        fill = {"panel": "#ffffff", "secret": "#fde68a"}.get(name, "#dbeafe")
        draw.rectangle((x, y, x + w - 1, y + h - 1), fill=fill, outline="#003366", width=2)
    for row in range(6):
        draw.line((190, 60 + row * 12, 270, 60 + row * 12), fill="#1f2937", width=3)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


class FakeRun:
    """A run written scenario by scenario by the harness's own recording code (the scenario
    results of ``fixtures.run_recorder``, the captures of ``fixtures.capture``, the summary of
    ``guidebook.run_record``), from still pages instead of a browser.

    ``root`` is the runs folder; the run is the ``edition``'s, in ``root/<edition>``, where
    the guide of that edition reads it."""

    def __init__(self, root: Path, edition: str = "nl") -> None:
        self.root = root
        self.directory = edition_run(root, edition)
        self.world = World(urls={"csam": "http://127.0.0.1:8001"})
        self.scenarios: dict[str, ScenarioInfo] = {}

    def _scenario(
        self,
        scenario: str,
        *,
        nodeid: str | None,
        feature: str,
        tags: list[str] | None = None,
    ) -> ScenarioInfo:
        nodeid = nodeid or f"features/test_features.py::test_{scenario.lower().replace(' ', '_')}"
        if nodeid not in self.scenarios:
            self.scenarios[nodeid] = ScenarioInfo(
                nodeid=nodeid,
                feature=feature,
                feature_name="Toegang tot PersoSelfService",
                scenario=scenario,
                tags=tags or ["toegang"],
                step=f"Dan zie ik {scenario}",
            )
        return self.scenarios[nodeid]

    def shot(
        self,
        name: str,
        scenario: str = "Een scenario",
        outcome: Outcome = "passed",
        *,
        png: bytes | None = None,
        boxes: Mapping[str, Box] | None = None,
        device: str = "desktop",
        feature: str = "toegang/persoselfservice.feature",
        language: str = "nl",
    ) -> ShotRecord:
        info = self._scenario(scenario, nodeid=None, feature=feature)
        page = StillPage(self.world.url("csam", "/fas/login"), png or tiny_png(), boxes, language)
        record = ScreenCapture(self.directory, self.world, info).take(
            page.as_page(), name, device=device
        )
        self._end(info, outcome)
        return record

    def result(
        self,
        scenario: str,
        outcome: Outcome = "passed",
        *,
        nodeid: str | None = None,
        feature: str = "toegang/persoselfservice.feature",
        message: str = "",
        tags: list[str] | None = None,
    ) -> None:
        info = self._scenario(scenario, nodeid=nodeid, feature=feature, tags=tags)
        info.message = message
        self._end(info, outcome)

    def _end(self, info: ScenarioInfo, outcome: Outcome) -> None:
        """The scenario ends with ``outcome``, and the session with it."""
        if outcome == "failed":
            info.fail("call")
        else:
            info.outcome = outcome
        self.directory.write_result(info.result(duration=0.125))
        self.directory.write_summary(
            started="2026-11-29T10:00:00+00:00",
            finished=datetime(2026, 11, 29, 10, 1, tzinfo=UTC).isoformat(),
            seed=20260302,
        )

    def unfinished(self) -> None:
        """As if the session was interrupted: no run.json."""
        self.directory.summary_file.unlink(missing_ok=True)


@pytest.fixture
def fake_run(tmp_path: Path) -> FakeRun:
    return FakeRun(tmp_path / "run")
