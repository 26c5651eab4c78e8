"""bosa.belgium.be: the pages about the HR applications, with the links to the applications."""

from __future__ import annotations

from dataclasses import dataclass

from flask import abort, redirect, render_template, url_for
from werkzeug.wrappers import Response

from mock_services.web import ServiceApp, create_service_app
from mock_services.world import World


@dataclass(frozen=True)
class Application:
    slug: str
    """The page's path segment on the real site."""
    message_prefix: str
    target_service: str
    target_path: str


APPLICATIONS = {
    app.slug: app
    for app in (
        Application("persoselfservice-scope", "bosa.pss", "persoselfservice", "/"),
        Application("sago-persocontact", "bosa.pc", "persocontact", "/persocontact"),
    )
}


def create_app(world: World) -> ServiceApp:
    app = create_service_app("bosa", world, __name__)

    @app.get("/")
    def home() -> Response:
        return redirect(url_for("applications", language="nl"))

    @app.get("/<language>/applications")
    def applications(language: str) -> str:
        return render_template("applications.html", applications=APPLICATIONS.values())

    @app.get("/<language>/applications/<slug>")
    def application(language: str, slug: str) -> str:
        found = APPLICATIONS.get(slug)
        if found is None:
            abort(404)
        return render_template("application.html", app=found, path_language=language)

    @app.get("/<language>/digital-keys")
    def digital_keys(language: str) -> str:
        """Digital keys for those without eID reader or itsme: "Maak een afspraak"."""
        return render_template("digital_keys.html")

    return app
