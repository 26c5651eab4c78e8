"""From a run's screenshot and the writer's declaration to the PNG the guide shows.

Order: masks on the screenshot, crop, phone frame (for phone screenshots), then the other
annotations on an overlay. Callouts that fall outside the shown region grow the canvas
(white, or transparent around a phone) instead of being cut off.
"""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image

from guidebook.annotations import FigureSpec, Mask
from guidebook.crop import crop_region
from guidebook.drawing import apply_mask, draw_on, layout
from guidebook.geometry import Rect
from guidebook.phone_frame import phone_frame
from guidebook.run_record import ShotRecord

MARGIN = 12
"""Space kept between a callout that grows the canvas and the canvas's edge."""
WHITE = (255, 255, 255)
TRANSPARENT = (0, 0, 0, 0)
PNG_OPTIONS = {"compress_level": 3, "optimize": False}
"""Level 3 is about as small as 6 on screenshots (flat colours) and a third faster."""


def needs_drawing(record: ShotRecord, spec: FigureSpec | None) -> bool:
    """Whether the figure differs from the screenshot (else the PNG is copied as it is)."""
    return spec is not None or record["device"] == "phone"


def uses_phone_frame(record: ShotRecord, spec: FigureSpec | None) -> bool:
    frame = spec.frame if spec is not None else "auto"
    return frame == "phone" or (frame == "auto" and record["device"] == "phone")


def render_figure(png: Path, record: ShotRecord, spec: FigureSpec | None) -> bytes:
    """The figure as PNG bytes: byte-identical for the same screenshot, record and spec."""
    spec = spec or FigureSpec(record["name"])
    boxes = record["boxes"]
    with Image.open(png) as opened:
        opened.load()
        image = opened if opened.mode == "RGB" else opened.convert("RGB")
    for annotation in spec.annotations:
        if isinstance(annotation, Mask):
            apply_mask(image, annotation.target.rect(boxes), annotation)
    region = crop_region(spec.crop, boxes, *image.size)
    content = image if region == Rect.of_size(*image.size) else image.crop(region.pixels())
    inset = (0, 0)
    phone = uses_phone_frame(record, spec)
    if phone:
        content, inset = phone_frame(content)
    dx, dy = inset[0] - region.x0, inset[1] - region.y0
    placed = [
        layout(annotation, annotation.target.rect(boxes).move(dx, dy))
        for annotation in spec.annotations
        if not isinstance(annotation, Mask)
    ]
    shown = Rect.of_size(*content.size)
    bounds = Rect.union_of(
        [shown]
        + [item.extent.pad(MARGIN) for item in placed if item.extent.clamp(shown) != item.extent]
    )
    x0, y0, x1, y1 = bounds.pixels()
    if (x0, y0, x1, y1) == (0, 0, *content.size):
        canvas = content
    else:
        canvas = Image.new(content.mode, (x1 - x0, y1 - y0), TRANSPARENT if phone else WHITE)
        canvas.paste(content, (-x0, -y0))
    draw_on(canvas, placed, (-x0, -y0))
    return encode_png(canvas)


def encode_png(image: Image.Image) -> bytes:
    """PNG without metadata, so that equal pixels give equal bytes."""
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", **PNG_OPTIONS)
    return buffer.getvalue()
