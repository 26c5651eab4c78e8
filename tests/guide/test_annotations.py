"""The writer's annotations file: what it accepts, and what it says when it cannot."""

from __future__ import annotations

from pathlib import Path

import pytest

from guidebook.annotations import (
    AnnotationFileError,
    Arrow,
    Badge,
    Callout,
    Crop,
    Mask,
    Outline,
    Target,
    check_figures,
    load_annotations,
    parse_annotations,
)
from guidebook.run_record import ShotRecord
from tests.guide.conftest import SYNTHETIC_BOXES, FakeRun

FILE = "docs/guide/annotations.yml"


def test_every_kind_of_annotation_and_crop_is_read() -> None:
    specs = parse_annotations(
        {
            "scherm": {
                "crop": {"anchors": ["button-a", "button-b"], "padding": [40, 8, 8, 8]},
                "annotations": [
                    {"callout": "Via je eID kaartlezer", "anchor": "button-a", "side": "left"},
                    {"arrow": "button-b", "side": "bottom", "length": 40},
                    {"outline": ["button-a", "button-b"], "color": "#00f"},
                    {"badge": 1, "box": [10, 10, 20, 20], "corner": "bottom-right"},
                    {"mask": "secret", "style": "solid"},
                ],
            },
            "scherm@detail": {"crop": "panel", "frame": "phone"},
        },
        FILE,
    )
    spec = specs["scherm"]
    assert spec.crop == Crop(Target(anchors=("button-a", "button-b")), (40, 8, 8, 8))
    assert spec.annotations == (
        Callout("Via je eID kaartlezer", Target(anchors=("button-a",)), "left"),
        Arrow(Target(anchors=("button-b",)), "bottom", 40),
        Outline(Target(anchors=("button-a", "button-b")), "#00f"),
        Badge("1", Target(box=(10.0, 10.0, 20.0, 20.0)), "bottom-right"),
        Mask(Target(anchors=("secret",)), "solid"),
    )
    detail = specs["scherm@detail"]
    assert detail.shot == "scherm"
    assert detail.crop == Crop(Target(anchors=("panel",)), (16, 16, 16, 16))
    assert detail.frame == "phone"


def test_an_absent_file_declares_nothing(tmp_path: Path) -> None:
    assert load_annotations(tmp_path / "annotations.yml") == {}


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        (
            {"annotations": [{"pijl": "x"}]},
            "docs/guide/annotations.yml: shot 'scherm', annotation 1: name exactly one kind "
            "of annotation: 'arrow', 'badge', 'callout', 'mask', 'outline'",
        ),
        (
            {"annotations": [{"callout": "Via itsme", "anchor": "a", "kant": "left"}]},
            "docs/guide/annotations.yml: shot 'scherm', annotation 1 (callout 'Via itsme'): "
            "unknown option(s) 'kant' for callout; it takes 'anchor', 'anchors', 'box', "
            "'color', 'distance', 'same_in_all_languages', 'side'",
        ),
        (
            {"annotations": [{"callout": "Via itsme", "anchor": "a", "side": "links"}]},
            "docs/guide/annotations.yml: shot 'scherm', annotation 1 (callout 'Via itsme'): "
            "side must be one of 'bottom', 'left', 'right', 'top', not 'links'",
        ),
        (
            {"annotations": [{"callout": "Via itsme"}]},
            "docs/guide/annotations.yml: shot 'scherm', annotation 1 (callout 'Via itsme'): "
            "say what it points at with one of 'anchor', 'anchors' or 'box'",
        ),
        (
            {"crop": {"anchor": "a", "padding": [1, 2]}},
            "docs/guide/annotations.yml: shot 'scherm', crop: padding is a number of pixels "
            "or [top, right, bottom, left], not [1, 2]",
        ),
        (
            {"annotations": [{"outline": "a", "color": "red"}]},
            "docs/guide/annotations.yml: shot 'scherm', annotation 1 (outline 'a'): color "
            "must be a colour like '#c8102e', not 'red'",
        ),
        (
            {"frame": "tablet"},
            "docs/guide/annotations.yml: shot 'scherm': frame must be one of 'auto', "
            "'none', 'phone', not 'tablet'",
        ),
    ],
)
def test_a_wrong_entry_is_named_with_file_shot_and_annotation(
    entry: dict[str, object], message: str
) -> None:
    with pytest.raises(AnnotationFileError) as raised:
        parse_annotations({"scherm": entry}, FILE)
    assert str(raised.value) == message


def test_invalid_yaml_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "annotations.yml"
    path.write_text("scherm: [unclosed\n", encoding="utf-8")
    with pytest.raises(AnnotationFileError, match=r"^docs/guide/annotations.yml: not valid YAML"):
        load_annotations(path, FILE)


def record(fake_run: FakeRun) -> ShotRecord:
    return fake_run.shot("scherm", boxes=SYNTHETIC_BOXES)


def test_an_anchor_the_record_does_not_have_is_named(fake_run: FakeRun) -> None:
    shots = {"scherm": record(fake_run)}
    specs = parse_annotations(
        {"scherm": {"annotations": [{"callout": "Via itsme", "anchor": "key-itsm"}]}}, FILE
    )
    assert check_figures(specs, shots, lambda key: True, FILE) == [
        "docs/guide/annotations.yml: shot 'scherm', annotation 1 (callout 'Via itsme'): "
        "anchor 'key-itsm' is not in the record of screenshot 'scherm' (its anchors: "
        "button-a, button-b, panel, secret)"
    ]


def test_an_annotated_shot_that_no_page_shows_is_named(fake_run: FakeRun) -> None:
    shots = {"scherm": record(fake_run)}
    specs = parse_annotations({"scherm@oud": {"crop": "panel"}}, FILE)
    assert check_figures(specs, shots, lambda key: key == "scherm", FILE) == [
        "docs/guide/annotations.yml: shot 'scherm@oud' is annotated but no page shows it; "
        "remove the entry or show it on a page with ![…](shot:scherm@oud)"
    ]
