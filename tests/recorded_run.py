"""Runs made by the harness's own recording code, without a browser: a page that holds still,
and a tiny feature run through the real run recorder and capture plugins under ``pytester``.

The tests of those plugins (``tests/harness/test_capture_plugin.py``) and of the guide built
from their run (``tests/guide``) share them.
"""

from __future__ import annotations

import struct
import textwrap
import zlib
from collections.abc import Mapping
from pathlib import Path
from typing import cast

import pytest
from playwright.sync_api import Page

from fixtures.capture import SCREEN_JS
from guidebook.run_record import Box

RECORDER_PLUGINS = ("-p", "fixtures.run_recorder", "-p", "fixtures.capture", "-p", "no:playwright")


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


class StillMouse:
    def __init__(self) -> None:
        self.position = (-1.0, -1.0)

    def move(self, x: float, y: float) -> None:
        self.position = (x, y)


class StillPage:
    """What ``ScreenCapture.take`` asks of a Playwright page, answered from one screenshot with
    known anchor boxes; any other script is refused, so a change in what the capture asks of
    the page shows here."""

    def __init__(
        self,
        url: str,
        png: bytes,
        boxes: Mapping[str, Box] | None = None,
        language: str = "nl",
    ) -> None:
        self.url = url
        self.png = png
        self.boxes = dict(boxes or {})
        self.language = language
        self.mouse = StillMouse()
        self.context: object = None
        """No browser context: the capture records the desktop."""
        self.loaded = False

    def wait_for_load_state(self, state: str = "load") -> None:
        self.loaded = state == "load"

    def evaluate(self, expression: str, arg: object = None) -> object:
        answers: dict[str, object] = {
            SCREEN_JS: {
                "boxes": {key: list(box) for key, box in self.boxes.items()},
                "language": self.language,
            },
        }
        if expression not in answers:
            raise NotImplementedError(f"a still page cannot run {expression!r}")
        return answers[expression]

    def screenshot(self, **options: object) -> bytes:
        return self.png

    def as_page(self) -> Page:
        """This still page where the capture expects Playwright's page."""
        return cast(Page, self)


DEMO_INI = """\
[pytest]
bdd_features_base_dir = features
markers =
    demo: the demo feature
    storing: a failure path
"""

DEMO_STEPS = """\
from __future__ import annotations

import pytest
from pytest_bdd import parsers, scenarios, then, when

from fixtures.capture import ScreenCapture
from mock_services.world import World
from tests.recorded_run import StillPage, tiny_png

scenarios("demo")


@pytest.fixture
def world() -> World:
    return World(urls={"demo": "http://127.0.0.1:8000"})


@when(parsers.parse('ik het scherm "{shot}" vastleg'))
def capture(screen_capture: ScreenCapture, world: World, shot: str) -> None:
    page = StillPage(world.url("demo", shot), tiny_png(), {"main-content": (0, 0, 4, 3)})
    screen_capture.take(page.as_page(), shot)


@then("gaat alles goed")
def all_good() -> None:
    pass


@then("gaat het mis")
def goes_wrong() -> None:
    raise AssertionError("zoals bedoeld")
"""

ONE_PASSES_ONE_FAILS = """\
# language: nl
@demo
Functionaliteit: Demo van de opname
  Scenario: Geslaagd
    Als ik het scherm "demo-geslaagd" vastleg
    Dan gaat alles goed

  @storing
  Scenario: Mislukt
    Als ik het scherm "demo-mislukt" vastleg
    Dan gaat het mis
"""


def record_run(
    pytester: pytest.Pytester, *args: str, feature: str = ONE_PASSES_ONE_FAILS
) -> pytest.RunResult:
    """Run ``feature`` (as ``features/demo/opname.feature``) with the recorder and capture
    plugins into ``runs/`` of the pytester folder, as ``make features`` runs the real
    features into ``build/run``."""
    pytester.makeini(DEMO_INI)
    folder = pytester.path / "features" / "demo"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "opname.feature").write_text(textwrap.dedent(feature), encoding="utf-8")
    (folder / "test_demo.py").write_text(DEMO_STEPS, encoding="utf-8")
    return pytester.runpytest(*RECORDER_PLUGINS, "--run-dir", "runs", *args)


def runs_of(pytester: pytest.Pytester) -> Path:
    return pytester.path / "runs"
