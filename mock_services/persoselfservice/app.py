"""PersoSelfService's pages: the start page with its language choice, and the way to CSAM."""

from __future__ import annotations

from flask import redirect, render_template, url_for
from werkzeug.wrappers import Response

from mock_services.csam_gateway import csam_login_redirect
from mock_services.i18n import LANGUAGES
from mock_services.web import ServiceApp, create_service_app
from mock_services.world import World

SERVICE = "persoselfservice"


def create_app(world: World) -> ServiceApp:
    app = create_service_app(SERVICE, world, __name__)

    @app.get("/")
    def start() -> str:
        return render_template("start.html", languages=LANGUAGES)

    @app.get("/login")
    def login() -> Response | tuple[str, int]:
        return csam_login_redirect(client=SERVICE, back=url_for("start"))

    @app.get("/psp/ps/")
    def peoplesoft_root() -> Response:
        return redirect(url_for("start"))

    return app
