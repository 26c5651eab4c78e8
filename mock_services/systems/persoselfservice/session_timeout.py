"""The inactivity timeout in PersoSelfService's web app.

- Every request of a logged-in user counts as activity: it is checked against the
  ``ActivityBook`` on the world's clock and moves the session's end forward. A session whose
  end has come is closed; a protected page then redirects to the expiry page, the keep-alive
  answers 401 with the way to it, a public page (start, login) simply sees no user.
- ``POST keep-alive`` is what the warning's OK sends: being a request, it extends the
  session; it answers with the new end, which the page's timers follow.
- ``GET /psp/ps/EMPLOYEE/HRMS/?cmd=expire`` (PeopleSoft's own address for it) is where the
  page goes when its timer runs out: it ends the session and offers "Aanmelden bij
  PeopleSoft", which starts a new login through CSAM.

The page's side is ``static/inactivity.js``; it gets the durations and addresses from the
data attributes of ``templates/inactivity_warning.html`` (see ``template_context``).
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import timedelta
from typing import Any

from flask import current_app, jsonify, redirect, render_template, request, session, url_for
from werkzeug.wrappers import Response

from mock_services.systems.csam.gateway import signed_in_user
from mock_services.systems.persoselfservice.inactivity import (
    ActivityBook,
    InactivityPolicy,
    SessionExpiredError,
)
from mock_services.web import ServiceApp, world_of
from mock_services.web.app import translate
from mock_services.world.tokens import random_token

SESSION_KEY = "pss_session"
"""The Flask session's key for the id of the server-side session."""
POLICY_CONFIG = "PSS_INACTIVITY_POLICY"
BOOK_STATE = "persoselfservice.activity"
COMMAND_PATH = "/psp/ps/EMPLOYEE/HRMS/"
KEEP_ALIVE_PATH = "/psp/ps/EMPLOYEE/HRMS/keepalive"
UNTRACKED_ENDPOINTS = frozenset({"static", "shared.static", "_health"})
"""Requests that are no sign of the user's activity: stylesheets, scripts, health checks
(and addresses without a page, such as the browser's own ``/favicon.ico``)."""


def policy() -> InactivityPolicy:
    """The inactivity policy of the app handling the current request."""
    configured: InactivityPolicy = current_app.config[POLICY_CONFIG]
    return configured


def activity_book() -> ActivityBook:
    return world_of().state(BOOK_STATE, ActivityBook)


def begin() -> None:
    """Open a server-side session for the person who has just logged in."""
    world = world_of()
    session_id = random_token(world, "persoselfservice.session", 32)
    activity_book().open(session_id, world.clock.now())
    session[SESSION_KEY] = session_id


def forget() -> None:
    """Close the server-side session (the Flask session itself is left to the caller)."""
    session_id = session.pop(SESSION_KEY, None)
    if isinstance(session_id, str):
        activity_book().close(session_id)


def end() -> None:
    """End the session entirely: server side and cookie."""
    forget()
    session.clear()


def _milliseconds(delta: timedelta) -> int:
    return round(delta.total_seconds() * 1000)


def duration_text(delta: timedelta) -> str:
    """ "2 minuten", "1 minuut", "90 seconden", in the visitor's language."""
    seconds = round(delta.total_seconds())
    if seconds % 60:
        return translate("persoselfservice.inactivity.seconds", count=seconds)
    minutes = seconds // 60
    if minutes == 1:
        return translate("persoselfservice.inactivity.minute")
    return translate("persoselfservice.inactivity.minutes", count=minutes)


def template_context() -> dict[str, Any]:
    """What the warning's template needs: durations for the script, texts for the reader."""
    rules = policy()
    return {
        "timeout_ms": _milliseconds(rules.timeout),
        "warning_before_ms": _milliseconds(rules.warning_before),
        "keep_alive_url": url_for("keep_alive"),
        "expired_url": url_for("peoplesoft_command", cmd="expire"),
        "warning_before": duration_text(rules.warning_before),
        "timeout": duration_text(rules.timeout),
    }


def _expired_answer() -> tuple[Response, int]:
    next_url = url_for("peoplesoft_command", cmd="expire")
    return jsonify(status="expired", next=next_url), 401


def register(
    app: ServiceApp, rules: InactivityPolicy, *, protected: Collection[str], home_endpoint: str
) -> None:
    """Give ``app`` the timeout: the check on every request, the keep-alive, the expiry page.

    ``protected`` names the endpoints that need a logged-in user: with an expired session
    they lead to the expiry page.
    """
    app.config[POLICY_CONFIG] = rules
    world = app.world
    protected_endpoints = frozenset(protected) | {"keep_alive"}

    @app.before_request
    def _check_activity() -> Response | tuple[Response, int] | None:
        endpoint = request.endpoint
        if endpoint is None or endpoint in UNTRACKED_ENDPOINTS:
            return None
        session_id = session.get(SESSION_KEY)
        if session_id is None and signed_in_user() is None:
            return None
        try:
            if not isinstance(session_id, str):
                raise SessionExpiredError("")
            activity_book().touch(session_id, world.clock.now(), policy())
        except SessionExpiredError:
            end()
            if endpoint == "keep_alive":
                return _expired_answer()
            if endpoint in protected_endpoints:
                return redirect(url_for("peoplesoft_command", cmd="expire"))
        return None

    @app.after_request
    def _no_store(response: Response) -> Response:
        # A signed-in page must not come back from the browser's cache (or its back/forward
        # cache) after the session ended: the server decides, every time.
        if request.endpoint in protected_endpoints:
            response.headers["Cache-Control"] = "no-store"
        return response

    @app.context_processor
    def _inactivity() -> dict[str, Any]:
        if request.endpoint not in protected_endpoints:
            return {}
        return {"inactivity": template_context()}

    @app.post(KEEP_ALIVE_PATH)
    def keep_alive() -> Response | tuple[Response, int]:
        session_id = session.get(SESSION_KEY)
        book, now = activity_book(), world.clock.now()
        if not isinstance(session_id, str) or not book.is_open(session_id, now, policy()):
            return _expired_answer()
        # The check before this request already counted it as activity: report the new end.
        expires_at = book.touch(session_id, now, policy()).expires_at(policy())
        return jsonify(
            status="active",
            expires_at=expires_at.isoformat(),
            expires_in_ms=_milliseconds(expires_at - now),
        )

    @app.get(COMMAND_PATH)
    def peoplesoft_command() -> Response | str:
        if request.args.get("cmd") != "expire":
            return redirect(url_for(home_endpoint))
        end()
        return render_template(
            "session_expired.html",
            login_url=url_for("csam.login"),
            timeout=duration_text(policy().timeout),
        )
