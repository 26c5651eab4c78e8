from __future__ import annotations

from pathlib import Path

import pytest

from guidebook.run_record import InvalidShotNameError, RunDirectory, check_shot_name


@pytest.mark.parametrize("name", ["csam-sleutelkeuze", "pss-startpagina", "eid-stap-4"])
def test_good_shot_names(name: str) -> None:
    assert check_shot_name(name) == name


@pytest.mark.parametrize("name", ["", "CSAM", "met spatie", "../weg", "-x", "x-", "a--b"])
def test_bad_shot_names_are_refused_with_an_example(name: str) -> None:
    with pytest.raises(InvalidShotNameError, match="like 'csam-sleutelkeuze'"):
        check_shot_name(name)


def test_wipe_removes_only_the_run_records(tmp_path: Path) -> None:
    run = RunDirectory(tmp_path)
    run.screens.mkdir()
    (run.screens / "a.png").write_bytes(b"x")
    run.results.mkdir()
    (run.results / "r.json").write_text("{}")
    run.summary_file.write_text("{}")
    (tmp_path / "keep.txt").write_text("mine")
    run.wipe()
    assert sorted(path.name for path in tmp_path.iterdir()) == ["keep.txt"]
