"""The one font annotations are written in, fixed so that every build draws the same pixels."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from PIL import ImageFont

LABEL_FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
"""DejaVu Sans Bold from Debian's fonts-dejavu-core, which scripts/setup installs."""


class FontMissingError(RuntimeError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            f"the annotation font {path} is missing: install Debian's fonts-dejavu-core "
            "(`make setup` does)"
        )


@lru_cache(maxsize=16)
def label_font(size: int, path: Path = LABEL_FONT) -> ImageFont.FreeTypeFont:
    """The label font at ``size`` pixels, with Pillow's own layout (not raqm, which may vary)."""
    if not path.is_file():
        raise FontMissingError(path)
    return ImageFont.truetype(str(path), size, layout_engine=ImageFont.Layout.BASIC)
