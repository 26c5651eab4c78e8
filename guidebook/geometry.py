"""Rectangles in screenshot pixels: the one shape every annotation, crop and frame is built from."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from guidebook.run_record import Box


@dataclass(frozen=True)
class Rect:
    """An axis-aligned rectangle from (x0, y0) to (x1, y1), in pixels."""

    x0: float
    y0: float
    x1: float
    y1: float

    @classmethod
    def from_box(cls, box: Box) -> Rect:
        """From a recorded element box: x, y, width, height."""
        x, y, width, height = box
        return cls(x, y, x + width, y + height)

    @classmethod
    def of_size(cls, width: float, height: float) -> Rect:
        return cls(0, 0, width, height)

    @classmethod
    def union_of(cls, rects: Iterable[Rect]) -> Rect:
        rects = list(rects)
        if not rects:
            raise ValueError("the union of no rectangles is undefined")
        return cls(
            min(rect.x0 for rect in rects),
            min(rect.y0 for rect in rects),
            max(rect.x1 for rect in rects),
            max(rect.y1 for rect in rects),
        )

    @property
    def width(self) -> float:
        return self.x1 - self.x0

    @property
    def height(self) -> float:
        return self.y1 - self.y0

    @property
    def center(self) -> tuple[float, float]:
        return (self.x0 + self.x1) / 2, (self.y0 + self.y1) / 2

    def union(self, other: Rect) -> Rect:
        return Rect.union_of((self, other))

    def pad(self, amount: float) -> Rect:
        return Rect(self.x0 - amount, self.y0 - amount, self.x1 + amount, self.y1 + amount)

    def pad_sides(self, top: float, right: float, bottom: float, left: float) -> Rect:
        return Rect(self.x0 - left, self.y0 - top, self.x1 + right, self.y1 + bottom)

    def move(self, dx: float, dy: float) -> Rect:
        return Rect(self.x0 + dx, self.y0 + dy, self.x1 + dx, self.y1 + dy)

    def scale(self, factor: float) -> Rect:
        return Rect(self.x0 * factor, self.y0 * factor, self.x1 * factor, self.y1 * factor)

    def clamp(self, bounds: Rect) -> Rect:
        """The part of this rectangle inside ``bounds`` (empty rectangles keep zero size)."""
        x0 = min(max(self.x0, bounds.x0), bounds.x1)
        y0 = min(max(self.y0, bounds.y0), bounds.y1)
        return Rect(x0, y0, max(x0, min(self.x1, bounds.x1)), max(y0, min(self.y1, bounds.y1)))

    def pixels(self) -> tuple[int, int, int, int]:
        """Whole pixels covering this rectangle: floor of the start, ceiling of the end."""
        return (
            int(self.x0 // 1),
            int(self.y0 // 1),
            int(-(-self.x1 // 1)),
            int(-(-self.y1 // 1)),
        )
