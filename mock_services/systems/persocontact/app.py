"""PersoContact (ServiceNow): the start page, the login through CSAM as OpenID Connect
client, the portal home and the logout."""

from __future__ import annotations

from flask import redirect, render_template, url_for
from werkzeug.wrappers import Response

from mock_services.systems.csam.gateway import CsamConnection, signed_in_user
from mock_services.web import ServiceApp, create_service_app
from mock_services.world import World

SERVICE = "persocontact"
CARDS = ("ask", "mine", "knowledge")

CSAM = CsamConnection(
    service=SERVICE,
    login_path="/persocontact/login",
    logout_path="/persocontact/logout",
    start_endpoint="start",
    home_endpoint="home",
)


def create_app(world: World) -> ServiceApp:
    app = create_service_app(SERVICE, world, __name__)
    app.register_blueprint(CSAM.blueprint())

    @app.get("/")
    def root() -> Response:
        return redirect(url_for("start"))

    @app.get("/persocontact")
    def start() -> Response | str:
        if signed_in_user() is not None:
            return redirect(url_for("home"))
        return render_template("start.html")

    @app.get("/persocontact/home")
    def home() -> Response | str:
        user = signed_in_user()
        if user is None:
            return redirect(url_for("start"))
        return render_template("home.html", user=user, cards=CARDS)

    return app
