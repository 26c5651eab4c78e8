"""Helpers for the guide tests: a run directory with made-up screenshots and results."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import pytest

from guidebook.run_record import Outcome, RunDirectory, ScenarioResult, ShotRecord


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


class FakeRun:
    def __init__(self, root: Path) -> None:
        self.directory = RunDirectory(root)

    def shot(self, name: str, scenario: str = "Een scenario", outcome: Outcome = "passed") -> None:
        nodeid = f"features/test_features.py::test_{scenario.lower().replace(' ', '_')}"
        png = tiny_png()
        self.directory.screens.mkdir(parents=True, exist_ok=True)
        self.directory.shot_png(name).write_bytes(png)
        record: ShotRecord = {
            "name": name,
            "file": f"{name}.png",
            "sha256": "0" * 64,
            "width": 4,
            "height": 3,
            "device": "desktop",
            "language": "nl",
            "service": "csam",
            "path": "/fas/login",
            "feature": "toegang/persoselfservice.feature",
            "feature_name": "Toegang tot PersoSelfService",
            "scenario": scenario,
            "step": 'Dan zie ik het scherm "x"',
            "nodeid": nodeid,
            "world_time": "2026-03-02T08:30:00+00:00",
            "boxes": {},
        }
        self.directory.write_shot(record)
        result: ScenarioResult = {
            "nodeid": nodeid,
            "feature": record["feature"],
            "feature_name": record["feature_name"],
            "scenario": scenario,
            "tags": [],
            "outcome": outcome,
            "duration": 0.1,
            "shots": [name],
            "message": "",
        }
        self.directory.write_result(result)


@pytest.fixture
def fake_run(tmp_path: Path) -> FakeRun:
    return FakeRun(tmp_path / "run")
