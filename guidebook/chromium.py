"""This machine's browser: Debian's Chromium headless shell, and the flags it needs here.

Playwright cannot download a browser on this machine, so the harness (screenshots) and the
guide build (the PDF) both drive Debian's binary with the same flags.
"""

from __future__ import annotations

import os
from pathlib import Path

HEADLESS_SHELL = "/usr/lib/chromium/chromium-headless-shell"

CHROMIUM_ARGS = [
    "--disable-gpu",
    # Without these Chromium keeps trying to reach Google's hosts on a closed network.
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
    # The same pixels on every run: no hinting differences, one colour profile.
    "--font-render-hinting=none",
    "--force-color-profile=srgb",
    "--hide-scrollbars",
    # A tile is drawn again whole, never only its changed part (a caret's blink, a focus
    # ring): redrawn in part, the anti-aliased edges of rounded boxes came out a shade
    # different now and then, so two runs gave different screenshots.
    "--disable-partial-raster",
]


NODE_COMPILE_CACHE = "NODE_COMPILE_CACHE"


def keep_driver_compiled(cache: Path) -> None:
    """Let Node keep the compiled code of Playwright's driver in ``cache`` (Node 22's compile
    cache), so that starting the driver, some 7 MB of JavaScript, takes about a third less
    time after the first run. Call before Playwright starts; a cache the caller's environment
    names already is kept."""
    os.environ.setdefault(NODE_COMPILE_CACHE, str(cache))
