"""Golden images of annotation drawing, from a synthetic screen with known element boxes.

The goldens in tests/guide/golden/ are compared pixel by pixel. After an intended change of
the drawing, look at the new images and rewrite them with `make goldens`
(PERSOPOINT_UPDATE_GOLDENS=1 .venv/bin/pytest tests/guide/test_figures.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from guidebook.annotations import parse_annotations
from guidebook.figures import needs_drawing, render_figure
from guidebook.fonts import FontMissingError, label_font
from tests.guide.conftest import SYNTHETIC_BOXES, UPDATE_GOLDENS, FakeRun, synthetic_screen

GOLDEN = Path(__file__).with_name("golden")

CASES: dict[str, tuple[dict[str, object], str]] = {
    "callouts": (
        {
            "annotations": [
                {"callout": "Links", "anchor": "button-a", "side": "left"},
                {"callout": "Rechts", "anchor": "button-b", "side": "right", "distance": 200},
                {"callout": "Boven", "anchor": "secret", "side": "top", "distance": 30},
                {"callout": "Onder", "anchor": "secret", "side": "bottom", "distance": 30},
            ]
        },
        "desktop",
    ),
    "arrow-outline-badge": (
        {
            "annotations": [
                {"outline": "button-a"},
                {"outline": ["button-a", "button-b"], "color": "#0b4f8a", "padding": 8},
                {"arrow": "button-b", "side": "right", "length": 50},
                {"badge": 1, "anchor": "button-a"},
                {"badge": 2, "anchor": "button-b", "corner": "top-right"},
            ]
        },
        "desktop",
    ),
    "masks": (
        {
            "annotations": [
                {"mask": "secret", "style": "blur"},
                {"mask": [40, 100, 120, 30], "style": "solid", "color": "#444444"},
            ]
        },
        "desktop",
    ),
    "crop": (
        {
            "crop": {"anchors": ["button-a", "button-b"], "padding": [30, 8, 8, 8]},
            "annotations": [{"callout": "Hier", "anchor": "button-a", "side": "right"}],
        },
        "desktop",
    ),
    "phone": (
        {"annotations": [{"callout": "Bevestig", "anchor": "button-b", "side": "bottom"}]},
        "phone",
    ),
}


@pytest.fixture
def screen(fake_run: FakeRun) -> FakeRun:
    return fake_run


def render(fake_run: FakeRun, case: str) -> bytes:
    entry, device = CASES[case]
    record = fake_run.shot("scherm", png=synthetic_screen(), boxes=SYNTHETIC_BOXES, device=device)
    spec = parse_annotations({"scherm": entry}, "annotations.yml")["scherm"]
    return render_figure(fake_run.directory.shot_png("scherm"), record, spec)


@pytest.mark.parametrize("case", sorted(CASES))
def test_drawing_matches_the_golden_image(fake_run: FakeRun, case: str, tmp_path: Path) -> None:
    rendered = tmp_path / f"{case}.png"
    rendered.write_bytes(render(fake_run, case))
    golden = GOLDEN / f"{case}.png"
    if UPDATE_GOLDENS:
        golden.write_bytes(rendered.read_bytes())
    assert golden.is_file(), f"no golden image {golden}: run `make goldens` and look at it"
    with Image.open(rendered) as actual, Image.open(golden) as expected:
        assert (actual.mode, actual.size) == (expected.mode, expected.size)
        assert actual.tobytes() == expected.tobytes(), (
            f"{case}: drawing differs from {golden} (new image: {rendered})"
        )


def test_the_same_inputs_give_byte_identical_images(tmp_path: Path) -> None:
    first, second = FakeRun(tmp_path / "first"), FakeRun(tmp_path / "second")
    assert render(first, "callouts") == render(second, "callouts")


def test_a_phone_screenshot_is_framed_with_transparent_corners(fake_run: FakeRun) -> None:
    with Image.open(GOLDEN / "phone.png") as image:
        assert image.mode == "RGBA"
        assert image.getpixel((0, 0)) == (0, 0, 0, 0)
        assert image.width > 320


def test_a_plain_desktop_screenshot_is_copied_not_redrawn(fake_run: FakeRun) -> None:
    record = fake_run.shot("scherm", png=synthetic_screen())
    assert not needs_drawing(record, None)
    assert needs_drawing({**record, "device": "phone"}, None)


def test_a_missing_font_says_which_package_brings_it(tmp_path: Path) -> None:
    with pytest.raises(FontMissingError, match=r"fonts-dejavu-core"):
        label_font(20, tmp_path / "DejaVuSans-Bold.ttf")
