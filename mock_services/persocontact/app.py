"""PersoContact's portal: the start page and its button to CSAM."""

from __future__ import annotations

from flask import redirect, render_template, url_for
from werkzeug.wrappers import Response

from mock_services.csam_gateway import csam_login_redirect
from mock_services.web import ServiceApp, create_service_app
from mock_services.world import World

SERVICE = "persocontact"


def create_app(world: World) -> ServiceApp:
    app = create_service_app(SERVICE, world, __name__)

    @app.get("/")
    def root() -> Response:
        return redirect(url_for("start"))

    @app.get("/persocontact")
    def start() -> str:
        return render_template("start.html")

    @app.get("/persocontact/login")
    def login() -> Response | tuple[str, int]:
        return csam_login_redirect(client=SERVICE, back=url_for("start"))

    return app
