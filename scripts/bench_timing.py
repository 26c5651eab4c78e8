"""pytest plugin for the benchmark: how long each test took and how many screenshots it took.

Loaded by ``scripts/bench.py`` only (``-p bench_timing`` with ``scripts`` on the path); it
writes one JSON list to the file named by ``PERSOPOINT_BENCH_TIMINGS`` when the run ends:
``{"test": node id, "seconds": setup + call + teardown, "shots": PNGs written, "calls": {...}}``
per test, ``calls`` counting the browser operations the test asked Playwright for (new pages,
navigations, clicks, assertions...), for the benchmark's floor of a scenario.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections import Counter
from collections.abc import Generator
from pathlib import Path
from typing import Any

import pytest
from playwright._impl import _sync_base
from playwright._impl.frame import Frame
from playwright._impl.page import Page

OUTPUT = "PERSOPOINT_BENCH_TIMINGS"
_TIMINGS = pytest.StashKey[list[dict[str, Any]]]()
_CALLS: Counter[str] = Counter()
"""Playwright's synchronous API calls of the running test, by ``Class.method``, and the new
documents of its pages' main frames (``DOCUMENTS``)."""
DOCUMENTS = "documents"


def _count_calls() -> None:
    """Count every call of Playwright's synchronous API (each is one round trip to its
    driver) by class and method. Playwright offers no hook for this: its one entry point
    for a call, ``SyncBase._sync``, is wrapped, in this benchmark's process only."""
    original = _sync_base.SyncBase._sync
    depth = [0]

    def counted(self: Any, awaitable: Any) -> Any:
        if not depth[0]:  # a call made while another one runs is part of that one
            _CALLS[f"{type(self).__name__}.{sys._getframe(1).f_code.co_name}"] += 1
        depth[0] += 1
        try:
            result = original(self, awaitable)
        finally:
            depth[0] -= 1
        if isinstance(result, Page):  # what the call returns is the API's inner object
            result.on("framenavigated", _count_document)
        return result

    _sync_base.SyncBase._sync = counted  # type: ignore[method-assign]


def _count_document(frame: Frame) -> None:
    """A page's main frame has a new document (a navigation, by an address or a click)."""
    if frame.parent_frame is None:
        _CALLS[DOCUMENTS] += 1


_count_calls()


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
    _CALLS.clear()
    started = time.perf_counter()
    try:
        return (yield)
    finally:
        item.config.stash.setdefault(_TIMINGS, []).append(
            {
                "test": item.nodeid,
                "seconds": time.perf_counter() - started,
                "shots": _screens(item.config) - before,
                "calls": dict(_CALLS),
            }
        )


def pytest_unconfigure(config: pytest.Config) -> None:
    target = os.environ.get(OUTPUT)
    if target:
        Path(target).write_text(json.dumps(config.stash.get(_TIMINGS, [])), encoding="utf-8")
