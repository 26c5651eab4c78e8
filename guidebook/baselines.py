"""Approved screenshots: each run's screenshots compared with the ones a person approved.

The approved images of edition E live in ``tests/baselines/E/<shot>.png`` (committed,
losslessly re-compressed). A run's screenshot is *unchanged* when its pixels equal the
approved image's, *changed* when a perceptual pixel diff (pixelmatch) finds more differing
pixels than the threshold allows, and *new* when no approved image exists yet. The outcome of
the comparison is written beside the run (``baselines.json`` and ``diffs/<shot>.png``), so that
the reports and the guide's verification page show it, and ``approve`` copies the screenshots
a reviewer accepted over the approved ones.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Literal

from PIL import Image, ImageChops
from pixelmatch.contrib.PIL import pixelmatch

from guidebook.run_record import RunDirectory, check_shot_name

BASELINES_DIR = "tests/baselines"
COMPARISON_FILE = "baselines.json"
DIFFS_FOLDER = "diffs"
PIXEL_THRESHOLD = 0.1
"""pixelmatch's colour distance (0-1) under which two pixels count as the same."""
CHANGED_PIXELS_ALLOWED = 0
"""How many pixels may differ before a screenshot counts as changed: none, since two runs give
byte-identical screenshots; anti-aliased pixels are ignored by pixelmatch all the same."""

AA_MARGIN = 2
"""Pixels around the differing box that pixelmatch sees, to tell anti-aliasing apart."""
FADED_PAGE = 0.1
"""Opacity of the page under the diff (pixelmatch's own default)."""

Verdict = Literal["unchanged", "changed", "new"]


@dataclass(frozen=True)
class ShotComparison:
    shot: str
    verdict: Verdict
    changed_pixels: int = 0
    reason: str = ""
    """For a changed screenshot of another size, the sizes; else empty."""


@dataclass
class BaselineComparison:
    """The comparison of one run with the approved images of its edition."""

    edition: str
    shots: list[ShotComparison] = field(default_factory=list)

    def of(self, verdict: Verdict) -> list[str]:
        return [shot.shot for shot in self.shots if shot.verdict == verdict]

    @property
    def changed(self) -> list[str]:
        return self.of("changed")

    @property
    def new(self) -> list[str]:
        return self.of("new")

    def to_json(self) -> str:
        return json.dumps(asdict(self), indent=2, ensure_ascii=False) + "\n"

    @classmethod
    def from_json(cls, text: str) -> BaselineComparison:
        data = json.loads(text)
        return cls(data["edition"], [ShotComparison(**shot) for shot in data["shots"]])


def baseline_dir(root: Path, edition: str) -> Path:
    return root / BASELINES_DIR / edition


def comparison_file(run: RunDirectory) -> Path:
    return run.root / COMPARISON_FILE


def diff_png(run: RunDirectory, shot: str) -> Path:
    return run.root / DIFFS_FOLDER / f"{check_shot_name(shot)}.png"


def _rgba(png: Path) -> Image.Image:
    with Image.open(png) as image:
        return image.convert("RGBA")


def _same_file_bytes(one: Path, other: Path) -> bool:
    """Byte-equal PNG files: the usual case, since runs are deterministic and an approved image
    keeps Chromium's own encoding unless Pillow's is smaller; no need to decode them."""
    return one.stat().st_size == other.stat().st_size and one.read_bytes() == other.read_bytes()


def _same_pixels(one: Path, other: Path) -> bool:
    return _same_file_bytes(one, other) or _rgba(one).tobytes() == _rgba(other).tobytes()


def compare_shot(new_png: Path, approved_png: Path, diff_out: Path) -> ShotComparison:
    """Compare one screenshot with its approved image; write the diff image if it changed."""
    shot = new_png.stem
    if not approved_png.is_file():
        return ShotComparison(shot, "new")
    if _same_file_bytes(new_png, approved_png):
        return ShotComparison(shot, "unchanged")
    new, approved = _rgba(new_png), _rgba(approved_png)
    if new.size != approved.size:
        reason = f"size {approved.size[0]}x{approved.size[1]} → {new.size[0]}x{new.size[1]}"
        _side_by_side(approved, new).save(diff_out_ready(diff_out))
        return ShotComparison(shot, "changed", new.size[0] * new.size[1], reason)
    if new.tobytes() == approved.tobytes():
        return ShotComparison(shot, "unchanged")
    mismatch, diff = _pixel_diff(approved, new)
    if mismatch <= CHANGED_PIXELS_ALLOWED:
        return ShotComparison(shot, "unchanged")
    diff.save(diff_out_ready(diff_out))
    return ShotComparison(shot, "changed", mismatch)


def _pixel_diff(approved: Image.Image, new: Image.Image) -> tuple[int, Image.Image]:
    """pixelmatch's count of differing pixels and its diff image, computed only within the
    box around the pixels that differ at all (pixelmatch runs in pure Python: a whole
    1280x800 page takes it half a minute); the rest of the diff image is the faded page."""
    box = ImageChops.difference(approved, new).getbbox(alpha_only=False)
    if box is None:
        return 0, new
    left, top, right, bottom = box
    box = (
        max(left - AA_MARGIN, 0),
        max(top - AA_MARGIN, 0),
        min(right + AA_MARGIN, new.width),
        min(bottom + AA_MARGIN, new.height),
    )
    part = Image.new("RGBA", (box[2] - box[0], box[3] - box[1]))
    mismatch = pixelmatch(
        approved.crop(box), new.crop(box), part, threshold=PIXEL_THRESHOLD, includeAA=False
    )
    faded = Image.blend(Image.new("RGBA", new.size, "white"), new, FADED_PAGE)
    faded.paste(part, box[:2])
    return int(mismatch), faded


def diff_out_ready(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


def _side_by_side(left: Image.Image, right: Image.Image) -> Image.Image:
    """For images of different sizes: both on one canvas, approved left, new right."""
    canvas = Image.new("RGBA", (left.width + right.width, max(left.height, right.height)), "white")
    canvas.paste(left, (0, 0))
    canvas.paste(right, (left.width, 0))
    return canvas


def compare_run(run: RunDirectory, root: Path, edition: str) -> BaselineComparison:
    """Compare every screenshot of ``run`` with edition's approved images and write the
    outcome (``baselines.json``, diff images) beside the run."""
    approved = baseline_dir(root, edition)
    diffs = run.root / DIFFS_FOLDER
    for stale in diffs.glob("*.png"):
        stale.unlink()
    comparison = BaselineComparison(edition)
    for name in sorted(run.shots()):
        comparison.shots.append(
            compare_shot(run.shot_png(name), approved / f"{name}.png", diff_png(run, name))
        )
    comparison_file(run).write_text(comparison.to_json(), encoding="utf-8")
    return comparison


def read_comparison(run: RunDirectory) -> BaselineComparison | None:
    path = comparison_file(run)
    if not path.is_file():
        return None
    return BaselineComparison.from_json(path.read_text(encoding="utf-8"))


def changed_since_approval(run: RunDirectory) -> dict[str, int]:
    """The run's screenshots changed since their approved image, with the differing pixels
    (empty when the run was not compared)."""
    comparison = read_comparison(run)
    if comparison is None:
        return {}
    return {
        shot.shot: shot.changed_pixels for shot in comparison.shots if shot.verdict == "changed"
    }


def optimised_png(png: Path) -> bytes:
    """The screenshot's smallest lossless PNG: Pillow's optimised encoding, or Chromium's own
    when that is smaller already (as it mostly is); the pixels are the same either way."""
    original = png.read_bytes()
    with Image.open(png) as image:
        out = io.BytesIO()
        image.save(out, format="PNG", optimize=True)
    return min(original, out.getvalue(), key=len)


class UnknownShotsError(ValueError):
    def __init__(self, unknown: Sequence[str]) -> None:
        super().__init__(
            "not screenshots of this run, nothing approved: " + ", ".join(sorted(unknown))
        )


def approve(
    run: RunDirectory, root: Path, edition: str, shots: Iterable[str] | None = None
) -> list[str]:
    """Copy the run's screenshots (all, or the named ones) over the approved images; return
    the names of those whose approved image changed. Checks every name before copying any."""
    taken = run.shots()
    chosen = sorted(taken) if shots is None else sorted(set(shots))
    unknown = [name for name in chosen if name not in taken]
    if unknown:
        raise UnknownShotsError(unknown)
    target = baseline_dir(root, edition)
    target.mkdir(parents=True, exist_ok=True)
    written = []
    for name in chosen:
        approved = target / f"{name}.png"
        new = run.shot_png(name)
        if approved.is_file() and _same_pixels(new, approved):
            continue
        approved.write_bytes(optimised_png(new))
        written.append(name)
    return written


def read_approval_file(path: Path) -> list[str]:
    """Shot names, one a line; blank lines and ``#`` comments are ignored."""
    names = []
    for line in path.read_text(encoding="utf-8").splitlines():
        name = line.split("#", 1)[0].strip()
        if name:
            names.append(check_shot_name(name))
    return names
