"""Side by side with shot-scraper, from nothing; the browser's limit; the suite per scenario.

``make bench`` prints figures and ratios; it asserts nothing and is not part of ``make test``.

1. From nothing (process start to exit), interleaved A B A B: (A) this project, ``pytest -n 0``
   of the scenarios of ``features/toegang`` that capture its 8 screenshots, world start
   included; (B) ``shot-scraper multi`` on the same pages, plus the world's start.
2. The physical minimum per screenshot: new context, goto, screenshot, close, with the
   project's browser settings; against it, the project's marginal cost per screenshot (its
   tests after the first, which carries the session's start, divided by their screenshots).
   The minimum is sampled in every round, right after A and B, so that a machine whose load
   changes during the benchmark weighs on both sides of the ratio alike.
3. The whole feature suite in one process: the median time per scenario.
4. The browser's floor: the operations a scenario is made of (a context, a navigation, the
   first check on a new document, a check, a click, a screenshot), each timed by itself in
   the same browser (medians, sampled in every round and again around the suite). A test's
   floor is the sum of its own operations (counted by ``bench_timing``): what any harness
   that drives this browser through the same screens, checking each, pays before any work
   of its own.

Figures are wall-clock times: on a shared machine, read them with the load averages that
the benchmark prints before and after.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench_peer import ensure_peer, shots_yaml  # noqa: E402
from playwright.sync_api import Page, sync_playwright  # noqa: E402

from fixtures.browser import CALM_RENDERING, DESKTOP_PROFILE  # noqa: E402
from guidebook.chromium import CHROMIUM_ARGS, HEADLESS_SHELL  # noqa: E402
from mock_services.commands.world import entry_urls  # noqa: E402
from mock_services.hosting.world_host import WorldHost  # noqa: E402
from mock_services.world import World, WorldSettings  # noqa: E402

FLOOR_OPERATIONS = ("context", "navigation", "document", "check", "click", "shot")
FLOOR_CALLS = {
    "context": ("BrowserContext.new_page",),
    "navigation": ("documents",),
    "document": ("documents",),
    "click": ("Locator.click",),
    "shot": ("Page.screenshot",),
}
"""Which of a test's counts (``bench_timing``: its Playwright calls, and the new documents of
its pages) cost which operation: a new document, by an address or by a click, costs a
navigation and the first check on it. Every other call is one ``check`` (a round trip to the
browser), except those in ``PRICED_AS_DOCUMENTS``."""
PRICED_AS_DOCUMENTS = {"Page.goto"}
"""A ``goto`` is the navigation of a new document, which ``documents`` counts already."""

CAPTURING = "toegang and (via_de_pagina or onbereikbaar or (onderhoud and persoselfservice))"
"""The scenarios of ``features/toegang`` that capture its 8 screenshots."""
SHOTS = 8
MINIMUM_REPEATS = 20
"""Screenshots at the browser's limit, spread over the rounds."""
PRIMITIVE_REPEATS = 2
"""Each operation of the browser's floor, timed this many times a round."""
PAGES_AT_THE_LIMIT = ("bosa", "persocontact")
BIN = Path(sys.executable).parent
TIMINGS_ENV = "PERSOPOINT_BENCH_TIMINGS"


def run(command: list[str], env: dict[str, str] | None = None, *, strict: bool = True) -> int:
    """Run ``command``; when ``strict``, stop the benchmark if it fails. Its exit code."""
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, env=env, check=False)
    if done.returncode != 0 and strict:
        sys.stderr.write(done.stdout[-3000:] + done.stderr[-3000:])
        raise SystemExit(f"benchmark: {' '.join(command[:4])} ... failed ({done.returncode})")
    for line in done.stdout.splitlines():
        if line.startswith(("FAILED ", "ERROR ")):
            print(f"  {line}")
    return done.returncode


def pytest_run(
    selection: list[str], work: Path, *, strict: bool = True
) -> tuple[float, list[dict[str, Any]]]:
    """(wall seconds from process start to exit, per-test timings) of one pytest run."""
    timings = work / "timings.json"
    env = {**os.environ, TIMINGS_ENV: str(timings), "PYTHONPATH": str(ROOT / "scripts")}
    command = [str(BIN / "pytest"), "-n", "0", "-q", "-p", "bench_timing", "--run-dir",
               str(work / "run"), *selection]  # fmt: skip
    started = time.perf_counter()
    if run(command, env, strict=strict):
        print(f"benchmark: some tests of {' '.join(selection)} failed; timed all the same")
    elapsed = time.perf_counter() - started
    return elapsed, json.loads(timings.read_text(encoding="utf-8"))


def project_once(work: Path) -> tuple[float, list[dict[str, Any]]]:
    """(from nothing, the timings of the tests after the first, which carries the session's
    start) for the capturing scenarios."""
    elapsed, timings = pytest_run(["features/toegang", "-k", CAPTURING], work)
    shots = sum(t["shots"] for t in timings)
    if shots != SHOTS:
        raise SystemExit(f"benchmark: the project took {shots} screenshots, not {SHOTS}")
    return elapsed, timings[1:]


def per_shot(later: list[dict[str, Any]], seconds: Callable[[dict[str, Any]], float]) -> float:
    shots: int = sum(t["shots"] for t in later)
    return sum(seconds(t) for t in later) / shots


def peer_once(work: Path, peer: Path, browsers: Path) -> tuple[float, float]:
    """(world start, shot-scraper from nothing) in seconds."""
    started = time.perf_counter()
    world = subprocess.Popen(
        [str(BIN / "persopoint"), "world", "--json", "--no-pcscd"],
        cwd=ROOT, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert world.stdout is not None
        urls = json.loads(world.stdout.readline())
        world_start = time.perf_counter() - started
        shots = work / "shots"
        shots.mkdir()
        config = work / "shots.yml"
        config.write_text(shots_yaml(urls, shots), encoding="utf-8")
        env = {**os.environ, "PLAYWRIGHT_BROWSERS_PATH": str(browsers)}
        started = time.perf_counter()
        run([str(peer), "multi", str(config), "--silent", "--fail"], env)
        elapsed = time.perf_counter() - started
        made = len(list(shots.glob("*.png")))
        if made != SHOTS:
            raise SystemExit(f"benchmark: shot-scraper took {made} screenshots, not {SHOTS}")
    finally:
        world.terminate()
        world.wait()
    return world_start, elapsed


class PhysicalMinimum:
    """The browser's limit: a world and a browser kept open in this process, sampled between
    the pairs (new context, goto, screenshot, close, with the project's browser settings)."""

    def __init__(self) -> None:
        self.seconds: list[float] = []
        self._stack = contextlib.ExitStack()

    def __enter__(self) -> PhysicalMinimum:
        host = self._stack.enter_context(WorldHost(World(WorldSettings()), without=["pcscd"]))
        playwright = self._stack.enter_context(sync_playwright())
        self._browser = playwright.chromium.launch(
            executable_path=HEADLESS_SHELL, args=CHROMIUM_ARGS
        )
        self._stack.callback(self._browser.close)
        self._pages = [u for n, u in entry_urls(host.world).items() if n in PAGES_AT_THE_LIMIT]
        self.sample(1)  # the browser's first page warms it up: not a sample
        self.seconds.clear()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stack.close()

    def primitives(self, repeats: int) -> dict[str, list[float]]:
        """Seconds of the operations a scenario is made of, each timed by itself, ``repeats``
        times: a context with its page, a navigation, the first check on a new document
        (Playwright sets up its injected script; the later check's time taken off), a later
        check, a click on a button that is already stable, and a screenshot."""
        times: dict[str, list[float]] = {name: [] for name in FLOOR_OPERATIONS}

        def timed(name: str, action: Callable[[], Any]) -> Any:
            started = time.perf_counter()
            result = action()
            times[name].append(time.perf_counter() - started)
            return result

        for index in range(repeats):
            context = self._browser.new_context(locale="nl-BE", **DESKTOP_PROFILE, **CALM_RENDERING)
            page: Page = timed("context", context.new_page)
            timed("navigation", partial(page.goto, self._pages[index % len(self._pages)]))
            heading = page.get_by_role("heading").first
            timed("document", heading.is_visible)
            timed("check", heading.is_visible)
            times["document"][-1] = max(times["document"][-1] - times["check"][-1], 0.0)
            timed("shot", page.screenshot)
            page.set_content("<button onclick='this.dataset.n = 1'>Verder</button>")
            button = page.get_by_role("button", name="Verder")
            button.is_visible()
            timed("click", button.click)
            context.close()
        return times

    def sample(self, repeats: int) -> None:
        """``repeats`` screenshots more, each its own context, as the scenarios have."""
        for _ in range(repeats):
            started = time.perf_counter()
            context = self._browser.new_context(locale="nl-BE", **DESKTOP_PROFILE, **CALM_RENDERING)
            page = context.new_page()
            page.goto(self._pages[len(self.seconds) % len(self._pages)])
            page.screenshot()
            context.close()
            self.seconds.append(time.perf_counter() - started)


def medians(*samples: dict[str, list[float]]) -> dict[str, float]:
    """Each operation's median over batches of ``PhysicalMinimum.primitives``."""
    return {
        name: statistics.median(value for batch in samples for value in batch[name])
        for name in FLOOR_OPERATIONS
    }


def floor(calls: dict[str, int], operations: dict[str, float]) -> float:
    """A test's floor: its browser operations, each at its time alone (``primitives``)."""
    priced = set(PRICED_AS_DOCUMENTS)
    seconds = 0.0
    for operation, names in FLOOR_CALLS.items():
        seconds += operations[operation] * sum(calls.get(name, 0) for name in names)
        priced.update(names)
    others = sum(count for name, count in calls.items() if name not in priced)
    return seconds + operations["check"] * others


def spread(values: list[float]) -> str:
    return (
        f"median {statistics.median(values):6.2f} s  (min {min(values):.2f}, max {max(values):.2f})"
    )


def interleaved(
    pairs: int, a: Callable[[], float], b: Callable[[], float]
) -> tuple[list[float], list[float]]:
    first: list[float] = []
    second: list[float] = []
    for _ in range(pairs):
        first.append(a())
        second.append(b())
    return first, second


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pairs", type=int, default=5, help="A B pairs (at least 5)")
    parser.add_argument("--no-suite", action="store_true", help="skip the whole-suite run")
    arguments = parser.parse_args()
    peer, browsers = ensure_peer(ROOT)
    marginals: list[float] = []
    world_starts: list[float] = []

    later: list[dict[str, Any]] = []

    def project() -> float:
        with tempfile.TemporaryDirectory(prefix="bench-a-") as work:
            elapsed, later[:] = project_once(Path(work))
        marginals.append(per_shot(later, lambda t: float(t["seconds"])))
        return elapsed

    def shot_scraper() -> float:
        with tempfile.TemporaryDirectory(prefix="bench-b-") as work:
            world_start, elapsed = peer_once(Path(work), peer, browsers)
        world_starts.append(world_start)
        return world_start + elapsed

    pairs = max(5, arguments.pairs)
    print(f"benchmark: load average before {load()}; {pairs} rounds of A, B and the limit")
    with PhysicalMinimum() as limit:
        samples: list[dict[str, list[float]]] = []

        def then_the_limit() -> float:
            elapsed = shot_scraper()
            limit.sample(-(-MINIMUM_REPEATS // pairs))
            samples.append(limit.primitives(PRIMITIVE_REPEATS))
            return elapsed

        ours, theirs = interleaved(pairs, project, then_the_limit)
        minimum = limit.seconds
        operations = medians(*samples)
        print(f"From nothing, {SHOTS} screenshots of features/toegang, {len(ours)} pairs A B:")
        print(f"  project (pytest -n 0, world start included)  {spread(ours)}")
        print(f"  shot-scraper multi + world start             {spread(theirs)}")
        print(f"    of which the world's start                 {spread(world_starts)}")
        ratio = statistics.median(ours) / statistics.median(theirs)
        print(f"  ratio project / shot-scraper                 {ratio:6.2f}  (goal < 1.0)")
        print("Per screenshot:")
        print(f"  physical minimum ({len(minimum)}x context+goto+shot+close) {spread(minimum)}")
        print(f"  project, marginal                            {spread(marginals)}")
        marginal_ratio = statistics.median(marginals) / statistics.median(minimum)
        print(
            f"  ratio marginal / minimum                     {marginal_ratio:6.2f}  (goal <= 1.3)"
        )
        shot_floor = per_shot(later, lambda t: floor(t["calls"], operations))
        print(f"  its operations alone (the browser's floor)   {shot_floor:6.2f} s"
              f"  = {shot_floor / statistics.median(minimum):.2f} x the minimum")  # fmt: skip
        print_operations(operations)
        if not arguments.no_suite:
            whole_suite(limit)
    print(f"benchmark: load average after {load()} (1, 5 and 15 minutes; this machine has "
          f"{os.cpu_count()} cores)")  # fmt: skip


def whole_suite(limit: PhysicalMinimum) -> None:
    """The whole feature suite in one process, and its scenarios' floor: the operations are
    timed again around the suite, which runs minutes after the pairs, on a machine whose
    speed may have changed since."""
    before = limit.primitives(PRIMITIVE_REPEATS * 2)
    with tempfile.TemporaryDirectory(prefix="bench-suite-") as work:
        elapsed, timings = pytest_run(["features"], Path(work), strict=False)
    operations = medians(before, limit.primitives(PRIMITIVE_REPEATS * 2))
    per_scenario = [t["seconds"] for t in timings]
    print(f"Whole feature suite in one process: {len(per_scenario)} scenarios, {elapsed:.1f} s")
    print(f"  per scenario {spread(per_scenario)}  (goal median <= 0.8)")
    floors = [floor(t["calls"], operations) for t in timings]
    print(f"  its operations alone   {spread(floors)}  (the browser's floor)")
    print_operations(operations)


def print_operations(operations: dict[str, float]) -> None:
    named = ", ".join(f"{name} {operations[name] * 1000:.0f}" for name in FLOOR_OPERATIONS)
    print(f"    each operation timed by itself, median ms: {named}")


def load() -> str:
    return " ".join(f"{value:.2f}" for value in os.getloadavg())


if __name__ == "__main__":
    main()
