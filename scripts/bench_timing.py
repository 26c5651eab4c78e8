"""pytest plugin for the benchmark: how long each test took and how many screenshots it took.

Loaded by ``scripts/bench.py`` only (``-p bench_timing`` with ``scripts`` on the path); it
writes one JSON list to the file named by ``PERSOPOINT_BENCH_TIMINGS`` when the run ends:
``{"test": node id, "seconds": setup + call + teardown, "shots": PNGs written}`` per test.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Generator
from pathlib import Path
from typing import Any

import pytest

OUTPUT = "PERSOPOINT_BENCH_TIMINGS"
_TIMINGS = pytest.StashKey[list[dict[str, Any]]]()


def _screens(config: pytest.Config) -> int:
    """The PNGs in this session's own run folder (``history/<edition>/<run>/screens``)."""
    # Imported here: this plugin loads before the root conftest, which has the project's
    # plugin packages rewritten by pytest's assertions before they are first imported.
    from fixtures.run_recorder import run_directory  # noqa: PLC0415

    if not config.getoption("--run-dir", None):
        return 0
    return sum(1 for _ in run_directory(config).screens.glob("*.png"))


@pytest.hookimpl(wrapper=True)
def pytest_runtest_protocol(item: pytest.Item) -> Generator[None, object, object]:
    before = _screens(item.config)
    started = time.perf_counter()
    try:
        return (yield)
    finally:
        item.config.stash.setdefault(_TIMINGS, []).append(
            {
                "test": item.nodeid,
                "seconds": time.perf_counter() - started,
                "shots": _screens(item.config) - before,
            }
        )


def pytest_unconfigure(config: pytest.Config) -> None:
    target = os.environ.get(OUTPUT)
    if target:
        Path(target).write_text(json.dumps(config.stash.get(_TIMINGS, [])), encoding="utf-8")
