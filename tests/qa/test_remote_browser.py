"""The features against a Playwright browser server (``scripts/browser-server``) instead of a
browser of their own: the same pages, the same screenshots as the approved ones."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.qa.conftest import ROOT, run_features

SCENARIO = "features/toegang/test_toegang.py"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@pytest.fixture
def browser_server(tmp_path: Path) -> Iterator[str]:
    port = _free_port()
    server = subprocess.Popen(
        [str(ROOT / "scripts/browser-server"), str(port)],
        env={**os.environ, "PLAYWRIGHT_BROWSERS_PATH": str(tmp_path / "browsers")},
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )
    try:
        assert server.stdout is not None
        for line in server.stdout:
            if line.startswith("Listening on "):
                yield line.removeprefix("Listening on ").strip()
                break
        else:
            pytest.fail("the browser server stopped before it listened")
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)
        if server.stdout is not None:
            server.stdout.close()


def test_a_feature_passes_against_a_browser_server_with_the_approved_screenshot(
    browser_server: str, tmp_path: Path
) -> None:
    result = run_features(
        tmp_path,
        SCENARIO,
        "-k",
        "bosa and persoselfservice and not smartphone",
        "--replace-guide-run",
        "--browser-endpoint",
        browser_server,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    screens = tmp_path / "runs/nl/screens"
    taken = sorted(png.name for png in screens.glob("*.png"))
    assert taken == ["bosa-persoselfservice.png", "csam-sleutelkeuze.png", "pss-startpagina.png"]
    for name in taken:
        approved = ROOT / "tests/baselines/nl" / name
        assert (screens / name).read_bytes() == approved.read_bytes(), name


def test_no_server_at_the_endpoint_is_a_clear_error(tmp_path: Path) -> None:
    result = run_features(
        tmp_path,
        SCENARIO,
        "-k",
        "Rechtstreeks and persoselfservice",
        "--browser-endpoint",
        f"ws://127.0.0.1:{_free_port()}/",
    )
    assert result.returncode != 0
    assert "connect" in result.stdout.lower()


def test_the_endpoint_must_be_a_websocket_url(tmp_path: Path) -> None:
    result = run_features(tmp_path, SCENARIO, "--browser-endpoint", "http://example.test/")
    assert result.returncode == pytest.ExitCode.USAGE_ERROR
    assert "must be a WebSocket URL" in result.stderr
