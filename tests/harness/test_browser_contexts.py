"""Every browser context comes from pytest-playwright's factory: a failing test keeps a trace
and a screenshot of the phone as well as of the desktop.

The test runs a tiny failing test with the harness's browser plugins in a fresh pytest
(a subprocess: Playwright's sync API wants a process of its own), on a bare world: the
contexts only need its clock.
"""

from __future__ import annotations

import json
import struct
import zipfile
from pathlib import Path

import pytest

pytest_plugins = ["pytester"]

FAILING_TEST = """
def test_on_both_devices(page, phone):
    page.set_content("<h1>Desktop</h1>")
    phone.page.set_content("<h1>Telefoon</h1>")
    assert False, "fails on purpose"
"""


def context_options(trace: Path) -> dict[str, object]:
    """The options the traced context was made with (the trace's first event)."""
    with zipfile.ZipFile(trace) as archive:
        first = archive.read("trace.trace").decode().splitlines()[0]
    event = json.loads(first)
    assert event["type"] == "context-options"
    options: dict[str, object] = event["options"]
    return options


def png_width(png: Path) -> int:
    width: int = struct.unpack(">I", png.read_bytes()[16:20])[0]
    return width


def test_a_failing_test_keeps_a_trace_and_a_screenshot_of_the_phone_and_the_desktop(
    harness_project: pytest.Pytester,
) -> None:
    pytester = harness_project
    pytester.makepyfile(test_devices=FAILING_TEST)
    output = pytester.path / "test-results"
    result = pytester.runpytest_subprocess(
        "-p",
        "no:cacheprovider",
        "--tracing",
        "retain-on-failure",
        "--screenshot",
        "only-on-failure",
        "--output",
        str(output),
    )
    result.assert_outcomes(failed=1)
    (artifacts,) = output.iterdir()

    options = [context_options(trace) for trace in sorted(artifacts.glob("trace*.zip"))]
    devices = sorted(((o["viewport"], o.get("isMobile", False)) for o in options), key=str)
    assert devices == [
        ({"width": 1280, "height": 800}, False),
        ({"width": 390, "height": 664}, True),
    ]
    widths = sorted(png_width(png) for png in artifacts.glob("test-failed-*.png"))
    assert widths == [390, 1280]  # both at one pixel per CSS pixel (fixtures/phone.py)
