"""Median duration of the e-mail-code login scenario next to the itsme login scenario (issue 11):
a login with a security code by e-mail should be no slower than one with itsme."""

from __future__ import annotations

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
        # A run of a few scenarios is partial: --replace-guide-run makes it the one read back.
        timed(
            [str(bin_dir / "pytest"), *nodes, "-q", "-n", "0", "--run-dir", str(runs),
             "--replace-guide-run"]
        )  # fmt: skip
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


def main() -> None:
    bin_dir = Path(sys.executable).parent
    medians = login_medians(bin_dir, LOGIN_ROUNDS)
    print(f"login scenarios (median of {LOGIN_ROUNDS} runs each)")
    for name, median in medians.items():
        print(f"  {name:<13} {median:7.3f} s")


if __name__ == "__main__":
    main()
