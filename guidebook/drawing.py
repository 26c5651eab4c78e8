"""Drawing annotations with Pillow: masks on the screenshot, then callouts, arrows, outlines
and badges on a transparent overlay.

The overlay is drawn at ``SUPERSAMPLE`` times the size and reduced, which smooths lines and
text without depending on Pillow's (absent) line anti-aliasing. Every coordinate is rounded
the same way on every run, so the same inputs give the same pixels.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PIL import Image, ImageDraw, ImageFilter

from guidebook.annotations import Annotation, Arrow, Badge, Callout, Mask, Outline, Side
from guidebook.fonts import label_font
from guidebook.geometry import Rect

SUPERSAMPLE = 2
LABEL_SIZE = 20
LABEL_PADDING_X = 12
LABEL_PADDING_Y = 8
LINE_WIDTH = 3
HEAD_LENGTH = 14
HEAD_HALF_WIDTH = 8
GAP = 3
"""Space left between an arrow's point and the element it points at."""
BADGE_DIAMETER = 28
BADGE_TEXT_SIZE = 16
RADIUS = 6
WHITE = (255, 255, 255, 255)

Point = tuple[float, float]


@dataclass(frozen=True)
class Placed:
    """An annotation laid out in figure pixels: where it points and everything it covers."""

    annotation: Annotation
    target: Rect
    extent: Rect
    label: Rect | None = None
    arrow: tuple[Point, Point] | None = None


def apply_mask(image: Image.Image, region: Rect, mask: Mask) -> None:
    """Hide ``region`` of the screenshot in place: blurred beyond reading, or painted over."""
    box = region.clamp(Rect.of_size(*image.size)).pixels()
    if box[2] <= box[0] or box[3] <= box[1]:
        return
    if mask.style == "solid":
        ImageDraw.Draw(image).rectangle((box[0], box[1], box[2] - 1, box[3] - 1), fill=mask.color)
        return
    radius = min(16, max(6, (box[3] - box[1]) // 3))
    image.paste(image.crop(box).filter(ImageFilter.GaussianBlur(radius)), box[:2])


def label_size(text: str) -> tuple[int, int]:
    width = round(label_font(LABEL_SIZE).getlength(text)) + 2 * LABEL_PADDING_X
    return width, LABEL_SIZE + 2 * LABEL_PADDING_Y


def layout(annotation: Annotation, target: Rect) -> Placed:
    """Place an annotation next to its target (figure pixels)."""
    match annotation:
        case Callout(text=text, side=side, distance=distance):
            label = _beside(target, side, distance, *label_size(text))
            start, end = _connect(label, target, side)
            return Placed(annotation, target, label.union(target), label, (start, end))
        case Arrow(side=side, length=length):
            end = _edge_point(target, side, GAP)
            start = _away(end, side, length)
            return Placed(
                annotation,
                target,
                Rect.union_of([_point_rect(start), _point_rect(end)]).pad(HEAD_HALF_WIDTH),
                None,
                (start, end),
            )
        case Badge():
            x, y = _corner(target, annotation.corner)
            half = BADGE_DIAMETER / 2
            return Placed(annotation, target, Rect(x - half, y - half, x + half, y + half))
        case Outline(padding=padding, width=width):
            return Placed(annotation, target, target.pad(padding + width))
        case Mask():
            return Placed(annotation, target, target)


def _beside(target: Rect, side: Side, distance: float, width: int, height: int) -> Rect:
    cx, cy = target.center
    match side:
        case "left":
            x1 = round(target.x0 - distance)
            y0 = round(cy - height / 2)
            return Rect(x1 - width, y0, x1, y0 + height)
        case "right":
            x0 = round(target.x1 + distance)
            y0 = round(cy - height / 2)
            return Rect(x0, y0, x0 + width, y0 + height)
        case "top":
            y1 = round(target.y0 - distance)
            x0 = round(cx - width / 2)
            return Rect(x0, y1 - height, x0 + width, y1)
        case _:
            y0 = round(target.y1 + distance)
            x0 = round(cx - width / 2)
            return Rect(x0, y0, x0 + width, y0 + height)


def _connect(label: Rect, target: Rect, side: Side) -> tuple[Point, Point]:
    """From the label's edge facing the target to the target's edge facing the label."""
    opposite: dict[Side, Side] = {
        "left": "right",
        "right": "left",
        "top": "bottom",
        "bottom": "top",
    }
    return _edge_point(label, opposite[side], 0), _edge_point(target, side, GAP)


def _edge_point(rect: Rect, side: Side, gap: float) -> Point:
    cx, cy = rect.center
    match side:
        case "left":
            return rect.x0 - gap, cy
        case "right":
            return rect.x1 + gap, cy
        case "top":
            return cx, rect.y0 - gap
        case _:
            return cx, rect.y1 + gap


def _away(point: Point, side: Side, length: float) -> Point:
    x, y = point
    dx, dy = {"left": (-1, 0), "right": (1, 0), "top": (0, -1), "bottom": (0, 1)}[side]
    return x + dx * length, y + dy * length


def _corner(rect: Rect, corner: str) -> Point:
    vertical, horizontal = corner.split("-")
    return (
        rect.x0 if horizontal == "left" else rect.x1,
        rect.y0 if vertical == "top" else rect.y1,
    )


def _point_rect(point: Point) -> Rect:
    return Rect(point[0], point[1], point[0], point[1])


def draw_on(canvas: Image.Image, placed: Sequence[Placed], offset: Point) -> None:
    """Draw every annotation onto ``canvas`` (RGB or RGBA), moved by ``offset``.

    Each annotation gets its own small supersampled layer, which costs far less than one
    layer the size of the canvas when callouts sit far apart.
    """
    bounds = Rect.of_size(*canvas.size)
    for item in placed:
        area = item.extent.pad(LINE_WIDTH + 2).move(*offset).clamp(bounds).pixels()
        if area[2] <= area[0] or area[3] <= area[1]:
            continue
        shift = (offset[0] - area[0], offset[1] - area[1])
        layer = _layer(item, (area[2] - area[0], area[3] - area[1]), shift)
        if canvas.mode == "RGBA":
            canvas.alpha_composite(layer, area[:2])
        else:
            canvas.paste(layer, area[:2], layer)


def _layer(item: Placed, size: tuple[int, int], offset: Point) -> Image.Image:
    scale = SUPERSAMPLE
    layer = Image.new("RGBA", (size[0] * scale, size[1] * scale), (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    dx, dy = offset

    def at(rect: Rect) -> tuple[int, int, int, int]:
        moved = rect.move(dx, dy).scale(scale)
        return round(moved.x0), round(moved.y0), round(moved.x1), round(moved.y1)

    def point(p: Point) -> tuple[float, float]:
        return round((p[0] + dx) * scale), round((p[1] + dy) * scale)

    match item.annotation:
        case Outline(color=color, width=width, padding=padding):
            draw.rounded_rectangle(
                at(item.target.pad(padding)),
                radius=RADIUS * scale,
                outline=color,
                width=width * scale,
            )
        case Arrow(color=color) | Callout(color=color):
            if item.arrow is not None:
                _arrow(draw, point(item.arrow[0]), point(item.arrow[1]), color, scale)
            if item.label is not None and isinstance(item.annotation, Callout):
                _label(draw, at(item.label), item.annotation.text, color, scale)
        case Badge(text=text, color=color):
            draw.ellipse(at(item.extent), fill=color, outline=WHITE, width=2 * scale)
            draw.text(
                point(item.extent.center),
                text,
                font=label_font(BADGE_TEXT_SIZE * scale),
                fill=WHITE,
                anchor="mm",
            )
        case _:
            pass
    return layer.reduce(scale)


def _arrow(
    draw: ImageDraw.ImageDraw,
    start: tuple[float, float],
    end: tuple[float, float],
    color: str,
    scale: int,
) -> None:
    (x0, y0), (x1, y1) = start, end
    length = max(((x1 - x0) ** 2 + (y1 - y0) ** 2) ** 0.5, 1.0)
    ux, uy = (x1 - x0) / length, (y1 - y0) / length
    head, half = HEAD_LENGTH * scale, HEAD_HALF_WIDTH * scale
    base = (x1 - ux * head, y1 - uy * head)
    draw.line((start, base), fill=color, width=LINE_WIDTH * scale)
    draw.polygon(
        [
            (round(x1), round(y1)),
            (round(base[0] - uy * half), round(base[1] + ux * half)),
            (round(base[0] + uy * half), round(base[1] - ux * half)),
        ],
        fill=color,
    )


def _label(
    draw: ImageDraw.ImageDraw, box: tuple[int, int, int, int], text: str, color: str, scale: int
) -> None:
    draw.rounded_rectangle(box, radius=RADIUS * scale, fill=color, outline=WHITE, width=2 * scale)
    center = ((box[0] + box[2]) / 2, (box[1] + box[3]) / 2)
    draw.text(center, text, font=label_font(LABEL_SIZE * scale), fill=WHITE, anchor="mm")
