"""Which part of a screenshot a figure shows: an element region with padding, or all of it."""

from __future__ import annotations

from collections.abc import Mapping

from guidebook.annotations import Crop
from guidebook.geometry import Rect
from guidebook.run_record import Box


def crop_region(crop: Crop | None, boxes: Mapping[str, Box], width: int, height: int) -> Rect:
    """The region in whole pixels, kept inside the screenshot."""
    whole = Rect.of_size(width, height)
    if crop is None:
        return whole
    x0, y0, x1, y1 = crop.target.rect(boxes).pad_sides(*crop.padding).clamp(whole).pixels()
    if x1 <= x0 or y1 <= y0:
        raise ValueError(f"the crop region lies outside the {width}×{height} screenshot")
    return Rect(x0, y0, x1, y1)
