"""Helpers for the QA tests: a nested pytest run of some features, into its own folders."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]


def run_features(
    tmp: Path, *arguments: str, runs: str = "runs"
) -> subprocess.CompletedProcess[str]:
    """``pytest`` on features in a process of its own, its runs, reports and artifacts in
    ``tmp`` (never the developer's build/)."""
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-n",
            "0",
            "-q",
            "-p",
            "no:randomly",
            "--run-dir",
            str(tmp / runs),
            "--reports-dir",
            str(tmp / "reports"),
            "--output",
            str(tmp / "artifacts"),
            *arguments,
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )


@pytest.fixture
def root() -> Path:
    return ROOT
