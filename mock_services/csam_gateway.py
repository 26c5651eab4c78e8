"""How an application sends its visitor to CSAM, and what it says when CSAM cannot be reached."""

from __future__ import annotations

from urllib.parse import urlencode

import requests
from flask import g, redirect, render_template
from werkzeug.wrappers import Response

from mock_services.web import world_of

CSAM_TIMEOUT_SECONDS = 2.0
"""How long an application waits for CSAM before telling the visitor it is unreachable."""


def csam_reachable() -> bool:
    try:
        answer = requests.get(world_of().url("csam", "/_health"), timeout=CSAM_TIMEOUT_SECONDS)
    except requests.RequestException:
        return False
    return answer.ok


def csam_login_redirect(client: str, back: str) -> Response | tuple[str, int]:
    """Send the browser to CSAM's key choice, or explain why that is impossible right now."""
    if not csam_reachable():
        return render_template("csam_unreachable.html", back=back), 503
    query = urlencode({"client_id": client, "ui_locales": g.language})
    return redirect(world_of().url("csam", f"/fas/login?{query}"))
