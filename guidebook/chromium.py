"""This machine's browser: Debian's Chromium headless shell, and the flags it needs here.

Playwright cannot download a browser on this machine, so the harness (screenshots) and the
guide build (the PDF) both drive Debian's binary with the same flags.
"""

from __future__ import annotations

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
