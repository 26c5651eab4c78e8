"""Screenshots compared with their approved images: unchanged, changed (with a diff image),
new; approving copies exactly the screenshots named."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from guidebook.baselines import (
    UnknownShotsError,
    approve,
    changed_since_approval,
    compare_run,
    diff_png,
    read_approval_file,
)
from guidebook.evidence import RunEvidence
from guidebook.run_record import RunDirectory
from guidebook.texts import guide_texts
from guidebook.verification import verification_page
from tests.qa.test_run_merge_refusals import _run


def _page(path: Path, *, box: bool) -> None:
    image = Image.new("RGB", (120, 80), "white")
    if box:
        ImageDraw.Draw(image).rectangle((10, 10, 40, 30), fill="navy")
    image.save(path)


def test_new_unchanged_and_changed_screenshots(tmp_path: Path) -> None:
    run = _run(tmp_path / "run/nl", shot="een", nodeid="t::a")
    _page(run.shot_png("een"), box=False)
    assert compare_run(run, tmp_path, "nl").new == ["een"]
    assert approve(run, tmp_path, "nl") == ["een"]
    assert compare_run(run, tmp_path, "nl").of("unchanged") == ["een"]
    _page(run.shot_png("een"), box=True)
    comparison = compare_run(run, tmp_path, "nl")
    assert comparison.changed == ["een"]
    assert comparison.shots[0].changed_pixels == 31 * 21
    with Image.open(diff_png(run, "een")) as diff:
        assert diff.size == (120, 80)
    assert changed_since_approval(run) == {"een": 31 * 21}
    page = verification_page(RunEvidence.read(run), [], {}, guide_texts("nl"), {"een": 651})
    assert "gewijzigd sinds de goedgekeurde afbeelding (651 pixels verschillen)" in page
    assert approve(run, tmp_path, "nl", ["een"]) == ["een"]
    assert compare_run(run, tmp_path, "nl").changed == []
    assert not diff_png(run, "een").exists()


def test_approving_an_unknown_screenshot_approves_nothing(tmp_path: Path) -> None:
    run = _run(tmp_path / "run/nl", shot="een", nodeid="t::a")
    _page(run.shot_png("een"), box=False)
    with pytest.raises(UnknownShotsError, match="nope"):
        approve(run, tmp_path, "nl", ["een", "nope"])
    assert not (tmp_path / "tests/baselines/nl/een.png").exists()


def test_approval_file(tmp_path: Path) -> None:
    listed = tmp_path / "approve.txt"
    listed.write_text("# accepted after review\neen\n\ntwee  # new button\n", encoding="utf-8")
    assert read_approval_file(listed) == ["een", "twee"]
    assert RunDirectory(tmp_path).root == tmp_path


def test_same_pixels_in_another_encoding_are_unchanged(tmp_path: Path) -> None:
    """Byte-equal files are unchanged without decoding; the same pixels encoded otherwise
    (an approved image re-compressed by Pillow) are unchanged too."""
    run = _run(tmp_path / "run/nl", shot="een", nodeid="t::a")
    _page(run.shot_png("een"), box=True)
    approved = tmp_path / "tests/baselines/nl/een.png"
    approved.parent.mkdir(parents=True)
    approved.write_bytes(run.shot_png("een").read_bytes())
    assert compare_run(run, tmp_path, "nl").of("unchanged") == ["een"]
    with Image.open(run.shot_png("een")) as image:
        image.save(approved, compress_level=0)
    assert approved.read_bytes() != run.shot_png("een").read_bytes()
    assert compare_run(run, tmp_path, "nl").of("unchanged") == ["een"]
    assert approve(run, tmp_path, "nl") == []
