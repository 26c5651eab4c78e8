"""The Flask app factory every service uses.

It gives each service the shared templates and stylesheet, the message catalogue as
``t(...)`` in templates, the visitor's language, friendly error pages, and the maintenance
fault. Services add their own blueprints and templates on top.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, cast

from flask import Blueprint, Flask, current_app, g, render_template, request
from jinja2 import ChoiceLoader, FileSystemBytecodeCache, FileSystemLoader, PackageLoader
from werkzeug.exceptions import HTTPException
from werkzeug.wrappers import Response

from mock_services.world import World
from mock_services.world.faults import Fault
from mock_services.world.i18n import catalogue

LANGUAGE_COOKIE = "lang"
_SHARED = Path(__file__).parent

Rendered = tuple[str, int]
"""A page and its HTTP status, as a view returns it: ``render_template(...), 400``."""


class ServiceApp(Flask):
    """A Flask app that knows its service name and its world."""

    service_name: str
    world: World


def service_app() -> ServiceApp:
    return cast(ServiceApp, current_app)


def world_of() -> World:
    """The world of the service handling the current request."""
    return service_app().world


def _language() -> str:
    requested = request.args.get("lang") or request.cookies.get(LANGUAGE_COOKIE)
    return catalogue().resolve_language(requested or world_of().settings.language)


def translate(key: str, **params: object) -> str:
    """The message ``key`` in the current visitor's language."""
    return catalogue().text(key, g.get("language", "nl"), **params)


def _shared_blueprint() -> Blueprint:
    return Blueprint(
        "shared",
        __name__,
        static_folder=str(_SHARED / "static"),
        static_url_path="/_shared",
    )


STATIC_MAX_AGE_SECONDS = 3600
"""Stylesheets and images may be reused for an hour, as real sites allow: a browser then asks
for them once per visit instead of once per page."""
TEMPLATE_BYTECODE = FileSystemBytecodeCache()
"""Compiled templates kept between runs (Jinja's per-user cache folder, keyed by each
template's source): a run does not compile the same 190 templates again."""

ALWAYS_AVAILABLE = ("/_shared/", "/_health")
NO_FRAMING = {
    "Content-Security-Policy": "frame-ancestors 'none'",
    "X-Frame-Options": "DENY",
}
"""No page of the world may be shown inside another site's frame (clickjacking): CSP Level 2
for today's browsers, X-Frame-Options (RFC 7034) for older ones."""


def create_service_app(
    name: str, world: World, import_name: str, maintenance_exempt: tuple[str, ...] = ()
) -> ServiceApp:
    """A Flask app for service ``name``; its own templates take precedence over the shared ones.

    ``maintenance_exempt`` lists path prefixes that keep answering during maintenance (a
    provider's static discovery document, say), beside the shared assets and the health check.
    """
    exempt = ALWAYS_AVAILABLE + maintenance_exempt
    app = ServiceApp(import_name)
    app.service_name = name
    app.world = world
    app.secret_key = world.secret(f"{name}:flask-session")
    app.config["SESSION_COOKIE_NAME"] = f"{name}_session"
    app.config["SESSION_COOKIE_SAMESITE"] = "Lax"
    app.config["SEND_FILE_MAX_AGE_DEFAULT"] = STATIC_MAX_AGE_SECONDS
    app.jinja_loader = ChoiceLoader(
        [
            cast(FileSystemLoader, app.jinja_loader),
            PackageLoader("mock_services.web", "templates"),
        ]
    )
    app.jinja_env.bytecode_cache = TEMPLATE_BYTECODE
    app.register_blueprint(_shared_blueprint())
    app.jinja_env.globals["t"] = translate
    app.jinja_env.globals["service_url"] = lambda service, path="/": world.url(service, path)

    @app.before_request
    def _before() -> Response | Rendered | None:
        g.language = _language()
        if request.path.startswith(exempt):
            return None
        if world.faults.get(name) is Fault.MAINTENANCE:
            return render_template("maintenance.html"), 503
        return None

    @app.after_request
    def _refuse_framing(response: Response) -> Response:
        for header, value in NO_FRAMING.items():
            response.headers.setdefault(header, value)
        return response

    @app.after_request
    def _remember_language(response: Response) -> Response:
        chosen = request.args.get("lang")
        if chosen and catalogue().resolve_language(chosen) == chosen.lower():
            response.set_cookie(LANGUAGE_COOKIE, chosen.lower(), samesite="Lax")
        return response

    @app.context_processor
    def _context() -> dict[str, Any]:
        return {"language": g.get("language", "nl"), "service": name}

    @app.get("/_health")
    def _health() -> dict[str, str]:
        return {"service": name, "status": "ok"}

    @app.errorhandler(HTTPException)
    def _http_error(error: HTTPException) -> Rendered:
        code = error.code or 500
        return render_template("error.html", code=code), code

    return app
