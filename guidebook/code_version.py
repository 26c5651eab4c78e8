"""Which code made a run: the git commit, its tree, and a digest of uncommitted changes.

Shard runs are merged into one guide only when the same code made them all
(``guidebook.run_merge``); the run's ``run.json`` records this version.
"""

from __future__ import annotations

import hashlib
import subprocess
from pathlib import Path
from typing import TypedDict


class CodeVersion(TypedDict):
    commit: str
    tree: str
    changes: str
    """sha256 of ``git diff HEAD`` (tracked files changed but not committed), or empty."""


UNKNOWN: CodeVersion = {"commit": "", "tree": "", "changes": ""}


def _git(root: Path, *arguments: str) -> bytes:
    return subprocess.run(
        ["git", "-C", str(root), *arguments], capture_output=True, check=True, timeout=30
    ).stdout


def code_version(root: Path) -> CodeVersion:
    """The version of the checkout at ``root``; empty fields outside a git checkout."""
    try:
        commit = _git(root, "rev-parse", "HEAD").decode().strip()
        tree = _git(root, "rev-parse", "HEAD^{tree}").decode().strip()
        diff = _git(root, "diff", "HEAD", "--binary")
    except (OSError, subprocess.CalledProcessError, subprocess.TimeoutExpired):
        return dict(UNKNOWN)  # type: ignore[return-value]
    return {
        "commit": commit,
        "tree": tree,
        "changes": hashlib.sha256(diff).hexdigest() if diff else "",
    }
