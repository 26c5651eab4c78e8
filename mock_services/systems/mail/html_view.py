"""A received message's HTML, made safe to show inside the webmail page.

Mail is untrusted input: Ammonia (through ``nh3``) keeps an allow-list of harmless tags and
attributes, drops scripts, styles, event handlers and ``javascript:`` links, and marks every
link ``noopener noreferrer``. Images are left out, as webmails block remote images until
asked: a page of the simulated world never loads anything from outside.
"""

from __future__ import annotations

import nh3

URL_SCHEMES = {"http", "https", "mailto"}
TAGS = nh3.ALLOWED_TAGS - {"img"}


def safe_html(html: str) -> str:
    return nh3.clean(html, tags=TAGS, url_schemes=URL_SCHEMES, link_rel="noopener noreferrer")
