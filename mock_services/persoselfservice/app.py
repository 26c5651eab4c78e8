"""PersoSelfService (PeopleSoft): the start page with its language choice, the login through
CSAM as OpenID Connect client, the employee home page and the logout."""

from __future__ import annotations

from flask import redirect, render_template, url_for
from werkzeug.wrappers import Response

from mock_services.csam_gateway import CsamConnection, signed_in_user
from mock_services.i18n import LANGUAGES
from mock_services.web import ServiceApp, create_service_app
from mock_services.world import World

SERVICE = "persoselfservice"
HOME_PATH = "/psp/ps/EMPLOYEE/HRMS/h/"
TILES = ("personal", "absences", "payslips", "career", "training", "documents")

CSAM = CsamConnection(
    service=SERVICE,
    auth_method="client_secret_basic",
    callback_path="/oidc/callback",
    logged_out_path="/logged-out",
    start_endpoint="start",
    home_endpoint="home",
)


def create_app(world: World) -> ServiceApp:
    app = create_service_app(SERVICE, world, __name__)

    @app.get("/")
    def start() -> Response | str:
        if signed_in_user() is not None:
            return redirect(url_for("home"))
        return render_template("start.html", languages=LANGUAGES)

    @app.get("/login")
    def login() -> Response | tuple[str, int]:
        return CSAM.login()

    @app.get(CSAM.callback_path)
    def oidc_callback() -> Response | tuple[str, int]:
        return CSAM.callback()

    @app.get(HOME_PATH)
    def home() -> Response | str:
        user = signed_in_user()
        if user is None:
            return redirect(url_for("start"))
        return render_template("home.html", user=user, tiles=TILES)

    @app.get("/logout")
    def logout() -> Response:
        return CSAM.logout()

    @app.get(CSAM.logged_out_path)
    def logged_out() -> str:
        return CSAM.logged_out()

    @app.get("/psp/ps/")
    def peoplesoft_root() -> Response:
        return redirect(url_for("start"))

    return app
