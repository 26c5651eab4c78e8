"""Time the behaviour suite and the guide build, and count what they produced.

Prints figures; asserts nothing. Run with `make bench`.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from guidebook.run_record import DEFAULT_EDITION, edition_run  # noqa: E402


def timed(command: list[str], env: dict[str, str] | None = None) -> float:
    started = time.perf_counter()
    completed = subprocess.run(
        command, cwd=ROOT, capture_output=True, text=True, check=False, env=env
    )
    elapsed = time.perf_counter() - started
    if completed.returncode != 0:
        sys.stderr.write(completed.stdout[-4000:] + completed.stderr[-4000:])
        raise SystemExit(f"benchmark: {' '.join(command)} failed ({completed.returncode})")
    return elapsed


def config_file(edition: str) -> Path:
    """The edition's MkDocs file: mkdocs.yml for Dutch, mkdocs.<edition>.yml for the others."""
    return ROOT / ("mkdocs.yml" if edition == DEFAULT_EDITION else f"mkdocs.{edition}.yml")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--run-dir", default="build/bench-run", help="runs folder to use (one run per edition)"
    )
    parser.add_argument(
        "--editions", nargs="+", default=["nl", "fr", "de"], help="editions to time (nl fr de)"
    )
    arguments = parser.parse_args()
    bin_dir = Path(sys.executable).parent
    runs = ROOT / arguments.run_dir

    unit = timed([str(bin_dir / "pytest"), "tests", "-q"])
    print(f"unit tests            {unit:7.2f} s")
    total = unit
    for edition in arguments.editions:
        pytest = [str(bin_dir / "pytest"), "features", "-q", "--run-dir", str(runs)]
        features = timed([*pytest, "--edition", edition])
        site = timed(
            [
                str(bin_dir / "python"),
                "-c",
                "import sys; from mkdocs.__main__ import cli; sys.exit(cli())",
                "build",
                "--strict",
                "--site-dir",
                str(ROOT / "build" / "bench-site" / edition),
                "--config-file",
                str(config_file(edition)),
            ],
            env={**os.environ, "PERSOPOINT_RUN_DIR": str(runs), "NO_MKDOCS_2_WARNING": "1"},
        )
        summary = edition_run(runs, edition).summary()
        scenarios = summary["scenarios"] if summary else 0
        shots = summary["shots"] if summary else 0
        print(
            f"features {edition}           {features:7.2f} s  "
            f"({scenarios} scenarios, {shots} screenshots)"
        )
        if scenarios:
            print(f"  per scenario        {features / scenarios:7.3f} s")
        print(f"guide build {edition}        {site:7.2f} s")
        total += features + site
    print(f"total                 {total:7.2f} s")


if __name__ == "__main__":
    main()
