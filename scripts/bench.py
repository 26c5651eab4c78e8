"""Time the behaviour suite and the guide build, and count what they produced.

Prints figures; asserts nothing. Run with `make bench`.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from guidebook.run_record import DEFAULT_EDITION, edition_run  # noqa: E402

LOGIN_SCENARIOS = {
    "e-mail code": "features/digitale_sleutels/test_digitale_sleutels.py"
    "::test_aanmelden_met_een_beveiligingscode_via_email",
    "itsme": "features/inloggen_itsme/test_inloggen_itsme.py"
    "::test_aanmelden_via_itsme_in_vier_stappen",
}
"""The login scenarios compared: logging in with the e-mail code against the itsme login."""
LOGIN_ROUNDS = 5
WARM_UP = "features/toegang/test_toegang.py::test_rechtstreeks_via_het_adres_van_persoselfservice"
"""Run first in every round, so that starting the world and the browser counts for neither."""


def login_medians(bin_dir: Path, rounds: int) -> dict[str, float]:
    """Median duration of each login scenario over ``rounds`` runs (as the run recorder
    measured it: the scenario itself, without pytest's start-up)."""
    durations: dict[str, list[float]] = {name: [] for name in LOGIN_SCENARIOS}
    for round_number in range(rounds):
        runs = ROOT / "build" / "bench-login" / str(round_number)
        shutil.rmtree(runs, ignore_errors=True)
        nodes = [WARM_UP, *LOGIN_SCENARIOS.values()]
        timed([str(bin_dir / "pytest"), *nodes, "-q", "-n", "0", "--run-dir", str(runs)])
        by_node = {r["nodeid"]: r for r in edition_run(runs, DEFAULT_EDITION).scenario_results()}
        for name, node in LOGIN_SCENARIOS.items():
            result = next(r for key, r in by_node.items() if key.endswith(node.split("/")[-1]))
            durations[name].append(result["duration"])
    return {name: statistics.median(values) for name, values in durations.items()}


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
    medians = login_medians(bin_dir, LOGIN_ROUNDS)
    print(f"login scenarios (median of {LOGIN_ROUNDS} runs each)")
    for name, median in medians.items():
        print(f"  {name:<13} {median:7.3f} s")


if __name__ == "__main__":
    main()
