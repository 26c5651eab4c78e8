"""A drawn phone around a phone screenshot, so a reader sees at once that it happens on the
smartphone (the itsme app, the SMS inbox) and not in the browser."""

from __future__ import annotations

from PIL import Image, ImageDraw

SIDE = 14
TOP = 54
BOTTOM = 54
OUTER_RADIUS = 46
SCREEN_RADIUS = 12
BODY = "#1d1d1f"
EDGE = "#48484a"
DETAIL = "#3a3a3c"
SUPERSAMPLE = 2


def phone_frame(screen: Image.Image) -> tuple[Image.Image, tuple[int, int]]:
    """The screenshot inside a phone (RGBA, transparent around it) and where the screen sits."""
    width, height = screen.size
    size = (width + 2 * SIDE, height + TOP + BOTTOM)
    scale = SUPERSAMPLE
    body = Image.new("RGBA", (size[0] * scale, size[1] * scale), (0, 0, 0, 0))
    draw = ImageDraw.Draw(body)
    draw.rounded_rectangle(
        (0, 0, size[0] * scale - 1, size[1] * scale - 1),
        radius=OUTER_RADIUS * scale,
        fill=BODY,
        outline=EDGE,
        width=2 * scale,
    )
    center = size[0] * scale / 2
    speaker = (center - 28 * scale, TOP * scale / 2 - 3 * scale)
    draw.rounded_rectangle(
        (
            round(speaker[0]),
            round(speaker[1]),
            round(center + 28 * scale),
            round(speaker[1] + 6 * scale),
        ),
        radius=3 * scale,
        fill=DETAIL,
    )
    camera = (round(center + 44 * scale), round(TOP * scale / 2))
    draw.ellipse(
        (
            camera[0] - 5 * scale,
            camera[1] - 5 * scale,
            camera[0] + 5 * scale,
            camera[1] + 5 * scale,
        ),
        fill=DETAIL,
    )
    indicator_y = round((size[1] - BOTTOM / 2) * scale)
    draw.rounded_rectangle(
        (
            round(center - 48 * scale),
            indicator_y - 3 * scale,
            round(center + 48 * scale),
            indicator_y + 3 * scale,
        ),
        radius=3 * scale,
        fill=DETAIL,
    )
    frame = body.reduce(scale)
    frame.paste(screen.convert("RGBA"), (SIDE, TOP), _rounded_mask(screen.size))
    return frame, (SIDE, TOP)


def _rounded_mask(size: tuple[int, int]) -> Image.Image:
    scale = SUPERSAMPLE
    mask = Image.new("L", (size[0] * scale, size[1] * scale), 0)
    ImageDraw.Draw(mask).rounded_rectangle(
        (0, 0, size[0] * scale - 1, size[1] * scale - 1), radius=SCREEN_RADIUS * scale, fill=255
    )
    return mask.reduce(scale)
