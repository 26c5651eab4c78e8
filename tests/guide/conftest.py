"""Helpers for the guide tests: a run directory with made-up screenshots and results."""

from __future__ import annotations

import io
import os
import struct
import zlib
from collections.abc import Mapping
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from guidebook.run_record import Box, Outcome, RunDirectory, ScenarioResult, ShotRecord

UPDATE_GOLDENS = os.environ.get("PERSOPOINT_UPDATE_GOLDENS") == "1"
"""Set to 1 to rewrite tests/guide/golden/ from the current drawing code (`make goldens`)."""


def tiny_png(width: int = 4, height: int = 3) -> bytes:
    """A valid, blank RGB PNG."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    raw = b"".join(b"\x00" + b"\xff" * (3 * width) for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw))
        + (chunk(b"IEND", b""))
    )


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
    def __init__(self, root: Path) -> None:
        self.directory = RunDirectory(root)

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
    ) -> ShotRecord:
        nodeid = f"features/test_features.py::test_{scenario.lower().replace(' ', '_')}"
        png = png or tiny_png()
        width, height = struct.unpack(">II", png[16:24])
        self.directory.screens.mkdir(parents=True, exist_ok=True)
        self.directory.shot_png(name).write_bytes(png)
        record: ShotRecord = {
            "name": name,
            "file": f"{name}.png",
            "sha256": "0" * 64,
            "width": width,
            "height": height,
            "device": device,
            "language": "nl",
            "service": "csam",
            "path": "/fas/login",
            "feature": feature,
            "feature_name": "Toegang tot PersoSelfService",
            "scenario": scenario,
            "step": 'Dan zie ik het scherm "x"',
            "nodeid": nodeid,
            "world_time": "2026-03-02T08:30:00+00:00",
            "boxes": dict(boxes or {}),
        }
        self.directory.write_shot(record)
        earlier = {result["nodeid"]: result for result in self.directory.scenario_results()}
        shots = [*earlier[nodeid]["shots"], name] if nodeid in earlier else [name]
        self.result(scenario, outcome, nodeid=nodeid, feature=feature, shots=shots)
        return record

    def result(
        self,
        scenario: str,
        outcome: Outcome = "passed",
        *,
        nodeid: str | None = None,
        feature: str = "toegang/persoselfservice.feature",
        shots: list[str] | None = None,
        message: str = "",
        tags: list[str] | None = None,
    ) -> None:
        nodeid = nodeid or f"features/test_features.py::test_{scenario.lower().replace(' ', '_')}"
        result: ScenarioResult = {
            "nodeid": nodeid,
            "feature": feature,
            "feature_name": "Toegang tot PersoSelfService",
            "scenario": scenario,
            "tags": tags or ["toegang"],
            "outcome": outcome,
            "duration": 0.125,
            "shots": shots or [],
            "message": message
            or (f"call failed at step: Dan zie ik {scenario}" if outcome == "failed" else ""),
        }
        self.directory.write_result(result)
        self.finish()

    def finish(self) -> None:
        """Write run.json as the capture plugin does at the end of a session."""
        results = self.directory.scenario_results()
        self.directory.write_summary(
            {
                "started": "2026-11-29T10:00:00+00:00",
                "finished": datetime(2026, 11, 29, 10, 1, tzinfo=UTC).isoformat(),
                "seed": 20260302,
                "scenarios": len(results),
                "failed": sum(result["outcome"] == "failed" for result in results),
                "shots": len(self.directory.shots()),
            }
        )

    def unfinished(self) -> None:
        """As if the session was interrupted: no run.json."""
        self.directory.summary_file.unlink(missing_ok=True)


@pytest.fixture
def fake_run(tmp_path: Path) -> FakeRun:
    return FakeRun(tmp_path / "run")
