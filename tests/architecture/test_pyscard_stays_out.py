"""Importing CSAM, or the eID software's contract and controls, does not load pyscard.

Each import runs in a fresh interpreter, since this one has long loaded pyscard for other
tests. ``smartcard`` is pyscard's top-level package.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]


def loads_pyscard(module: str) -> bool:
    probe = f"import sys, {module}; print('smartcard' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip() == "True"


@pytest.mark.parametrize(
    "module",
    [
        "mock_services.systems.csam.app",
        "mock_services.systems.eid_middleware.contract",
        "mock_services.systems.eid_middleware.controls",
    ],
)
def test_module_does_not_load_pyscard(module: str) -> None:
    assert not loads_pyscard(module)


def test_the_eid_software_itself_does_load_pyscard() -> None:
    """The probe can tell: the Flask app of the eID software reads cards through pyscard."""
    assert loads_pyscard("mock_services.systems.eid_middleware.app")
