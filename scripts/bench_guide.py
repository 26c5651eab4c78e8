"""Time what a writer waits for: rebuilding the guide (site and PDF) from the last run's
screenshots, and drawing one annotated figure.

Prints figures against the targets (rebuild at most 5 s, at most 50 ms per annotated image);
asserts nothing. Run with `make bench-guide` after a run of the features (`make features`).
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from mkdocs.commands.build import build  # noqa: E402
from mkdocs.config import load_config  # noqa: E402

from guidebook.annotations import FigureSpec, load_annotations, shot_of  # noqa: E402
from guidebook.figures import render_figure  # noqa: E402
from guidebook.plugin import GuidePlugin  # noqa: E402
from guidebook.run_record import (  # noqa: E402
    DEFAULT_EDITION,
    DEFAULT_RUNS_DIR,
    RunDirectory,
    edition_run,
)

REBUILD_TARGET = 5.0
RELOAD_PLUGIN_TARGET = 0.5
"""Plugin seconds per rebuild of ``make serve`` (no PDF, figures already drawn)."""
FIGURE_TARGET = 0.050
PDF_LINE = re.compile(
    r"PDF: \S+, (?P<pages>\d+) pages, (?P<printings>\d+) printings, (?P<s>[\d.]+) s"
)


def rebuild(runs: Path, site: Path) -> tuple[float, float, str]:
    """Wall time of `mkdocs build` and the part the plugin spent printing the PDF."""
    started = time.perf_counter()
    completed = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "PERSOPOINT_RUN_DIR": str(runs), "NO_MKDOCS_2_WARNING": "1"},
    )
    elapsed = time.perf_counter() - started
    if completed.returncode != 0:
        sys.stderr.write(completed.stderr[-4000:])
        raise SystemExit("bench_guide: the guide build failed (see above)")
    match = PDF_LINE.search(completed.stderr)
    pdf = float(match["s"]) if match else 0.0
    pages = f"{match['pages']} pages, {match['printings']} printings" if match else "no PDF"
    return elapsed, pdf, pages


def figure_times(run: RunDirectory, specs: dict[str, FigureSpec], repeat: int) -> dict[str, float]:
    """Median seconds to draw each annotated figure whose screenshot the run has."""
    shots = run.shots()
    times: dict[str, float] = {}
    for key, spec in sorted(specs.items()):
        record = shots.get(shot_of(key))
        if record is None:
            continue
        png = run.screens / record["file"]
        samples = []
        for _ in range(repeat):
            started = time.perf_counter()
            render_figure(png, record, spec)
            samples.append(time.perf_counter() - started)
        times[key] = statistics.median(samples)
    return times


PLUGIN_EVENTS = (
    "on_config",
    "on_files",
    "on_nav",
    "on_page_markdown",
    "on_page_content",
    "on_post_build",
)


def live_reload(runs: Path, site: Path, builds: int) -> tuple[float, float]:
    """What ``make serve`` does on a save: the whole site rebuilt in this process without the
    PDF. The median wall time and plugin time of the rebuilds after the first."""
    spent = [0.0]

    def timed(name: str) -> None:
        original = getattr(GuidePlugin, name)

        def wrapper(self: GuidePlugin, *args: object, **kwargs: object) -> object:
            started = time.perf_counter()
            try:
                return original(self, *args, **kwargs)
            finally:
                spent[0] += time.perf_counter() - started

        setattr(GuidePlugin, name, wrapper)

    for name in PLUGIN_EVENTS:
        timed(name)
    os.environ.update({"PERSOPOINT_RUN_DIR": str(runs), "PERSOPOINT_PDF": "false"})
    walls, plugins = [], []
    for number in range(builds + 1):
        spent[0] = 0.0
        started = time.perf_counter()
        build(load_config(str(ROOT / "mkdocs.yml"), site_dir=str(site)))
        if number:
            walls.append(time.perf_counter() - started)
            plugins.append(spent[0])
    return statistics.median(walls), statistics.median(plugins)


def verdict(value: float, target: float) -> str:
    return "ok" if value <= target else f"OVER the {target:g} target"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--run-dir",
        default=DEFAULT_RUNS_DIR,
        help=f"runs folder, the Dutch run in its {DEFAULT_EDITION}/ (default {DEFAULT_RUNS_DIR})",
    )
    parser.add_argument("--builds", type=int, default=3, help="rebuilds to time (default 3)")
    parser.add_argument("--repeat", type=int, default=20, help="drawings per figure (default 20)")
    arguments = parser.parse_args()
    runs = (ROOT / arguments.run_dir).resolve()
    run = edition_run(runs, DEFAULT_EDITION)
    if run.summary() is None:
        raise SystemExit(f"bench_guide: no finished run in {run.root}: run `make features` first")
    specs = load_annotations(ROOT / "docs" / "guide" / "annotations.yml")

    figures = figure_times(run, specs, arguments.repeat)
    for key, seconds in figures.items():
        status = verdict(seconds, FIGURE_TARGET)
        print(f"annotated figure {key:<28} {seconds * 1000:7.1f} ms  {status}")
    if figures:
        worst = max(figures.values())
        print(
            f"  per annotated image (worst) {worst * 1000:7.1f} ms  {verdict(worst, FIGURE_TARGET)}"
        )

    site = ROOT / "build" / "bench-guide-site"
    builds = [rebuild(runs, site) for _ in range(arguments.builds)]
    total = statistics.median(build[0] for build in builds)
    pdf = statistics.median(build[1] for build in builds)
    status = verdict(total, REBUILD_TARGET)
    print(f"rebuild site + PDF (median of {len(builds)}) {total:6.2f} s  {status}")
    print(f"  of which the PDF            {pdf:6.2f} s  ({builds[-1][2]})")
    print(f"  site without the PDF        {total - pdf:6.2f} s")
    wall, plugin = live_reload(runs, ROOT / "build" / "bench-guide-serve", arguments.builds)
    print(
        f"live reload (make serve, median) {wall:6.2f} s, of which the plugin {plugin:6.3f} s  "
        f"{verdict(plugin, RELOAD_PLUGIN_TARGET)}"
    )


if __name__ == "__main__":
    main()
