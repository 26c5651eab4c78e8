"""Runs that keep each other: every test session that runs features writes a folder of its own,
and the edition's run folder points at the last complete one.

Layout in the runs folder (``build/run`` by default)::

    <runs>/history/<edition>/<stamp>/   one run (screens/, results/, run.json), never reused
    <runs>/<edition>                    a symlink to the run the guide is built from

A session that ran every feature (failures included) is complete and becomes the guide's run;
a partial one (one chapter, ``-k``, ``--lf``, an interrupted run) keeps its own folder but
leaves the guide's run alone unless asked. Old runs are pruned, never the guide's.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from guidebook.run_record import RunDirectory, edition_run

HISTORY_FOLDER = "history"
DEFAULT_KEEP = 5


@dataclass(frozen=True)
class RunHistory:
    """The runs of one edition and the pointer to the guide's run."""

    runs: Path
    edition: str

    @property
    def folder(self) -> Path:
        return self.runs / HISTORY_FOLDER / self.edition

    @property
    def pointer(self) -> Path:
        """The edition's run folder the guide and ``RunDirectory`` read (a symlink)."""
        return edition_run(self.runs, self.edition).root

    def start(self, now: datetime | None = None) -> RunDirectory:
        """A new, empty folder for a run starting ``now``; its name sorts by time."""
        stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%S%fZ")
        self.folder.mkdir(parents=True, exist_ok=True)
        for suffix in ("", *(f"-{number}" for number in range(1, 100))):
            folder = self.folder / f"{stamp}{suffix}"
            try:
                folder.mkdir()
            except FileExistsError:
                continue
            return RunDirectory(folder)
        raise FileExistsError(f"no free run folder for {stamp} in {self.folder}")

    def guide_run(self) -> Path | None:
        """The run folder the pointer names, or None when there is none yet."""
        if self.pointer.is_symlink() or self.pointer.is_dir():
            return self.pointer.resolve()
        return None

    def promote(self, run: RunDirectory) -> None:
        """Make ``run`` the guide's run: the pointer is replaced in one step."""
        self._adopt_old_layout()
        target = os.path.relpath(run.root.resolve(), self.pointer.parent.resolve())
        temporary = self.pointer.with_name(f".{self.edition}.{os.getpid()}.tmp")
        temporary.unlink(missing_ok=True)
        temporary.symlink_to(target, target_is_directory=True)
        temporary.replace(self.pointer)

    def _adopt_old_layout(self) -> None:
        """A real folder where the pointer goes (a run from before the history) is kept as
        the oldest run of the history rather than lost."""
        if self.pointer.is_dir() and not self.pointer.is_symlink():
            self.folder.mkdir(parents=True, exist_ok=True)
            self.pointer.rename(self.folder / "00000000T000000000000Z-earlier")

    def all_runs(self) -> list[Path]:
        """Every run of the history, oldest first."""
        if not self.folder.is_dir():
            return []
        return sorted(path for path in self.folder.iterdir() if path.is_dir())

    def prune(self, keep: int, *, spare: Path | None = None) -> list[Path]:
        """Remove all but the ``keep`` newest runs, never the guide's run nor ``spare``."""
        kept = {path.resolve() for path in (self.guide_run(), spare) if path is not None}
        runs = self.all_runs()
        removed = []
        for path in runs[: max(len(runs) - keep, 0)]:
            if path.resolve() not in kept:
                shutil.rmtree(path, ignore_errors=True)
                removed.append(path)
        return removed
