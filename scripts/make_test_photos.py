#!/usr/bin/env python3
"""Draw the ID photo of every test person into mock_services/testdata/photos/<id>.jpg.

    .venv/bin/python scripts/make_test_photos.py

A real eID holds a 140 x 200 grey-scale JPEG of a few kilobytes in file 3F00/DF01/4035. These
are drawn from the person's id alone (no randomness), marked TEST, and committed, so the
photo hash in the identity file and the RRN signatures over it stay the same from run to run.
"""

from __future__ import annotations

import hashlib
import io
import sys
from pathlib import Path

from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from mock_services.world.people import Person, persons  # noqa: E402

OUT = ROOT / "mock_services" / "testdata" / "photos"
SIZE = (140, 200)


def draw(person: Person) -> bytes:
    shade = hashlib.sha256(person.id.encode()).digest()
    background, skin, hair, clothes = (
        96 + shade[0] % 64,
        150 + shade[1] % 60,
        20 + shade[2] % 80,
        30 + shade[3] % 90,
    )
    image = Image.new("L", SIZE, background)
    pen = ImageDraw.Draw(image)
    pen.ellipse((10, 150, 130, 260), fill=clothes)  # shoulders
    pen.rectangle((58, 120, 82, 160), fill=skin)  # neck
    pen.ellipse((38, 40, 102, 130), fill=skin)  # face
    pen.chord((34, 30, 106, 100), 180, 360, fill=hair)  # hair
    pen.ellipse((52, 75, 60, 81), fill=30)  # eyes
    pen.ellipse((80, 75, 88, 81), fill=30)
    pen.line((60, 108, 80, 108), fill=60, width=2)  # mouth
    pen.text((4, 4), "TEST", fill=255)
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=75, optimize=False, progressive=False)
    return buffer.getvalue()


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    for person in persons().values():
        (OUT / f"{person.id}.jpg").write_bytes(draw(person))
    print(f"photos written to {OUT.relative_to(ROOT)} ({len(persons())} persons)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
