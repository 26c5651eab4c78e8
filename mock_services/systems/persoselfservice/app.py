"""PersoSelfService (PeopleSoft): the start page with its language choice, the login through
CSAM as OpenID Connect client, the employee home page and its tiles, the logout, and the
20-minute inactivity timeout (``session_timeout``)."""

from __future__ import annotations

from flask import abort, redirect, render_template, url_for
from werkzeug.wrappers import Response

from mock_services.systems.csam.gateway import CsamConnection, signed_in_user
from mock_services.systems.persoselfservice import session_timeout
from mock_services.systems.persoselfservice.inactivity import InactivityPolicy
from mock_services.web import ServiceApp, create_service_app
from mock_services.world import World
from mock_services.world.i18n import LANGUAGES

SERVICE = "persoselfservice"
HOME_PATH = "/psp/ps/EMPLOYEE/HRMS/h/"
TILE_PATH = "/psc/ps/EMPLOYEE/HRMS/c/<tile>"
TILES = ("personal", "absences", "payslips", "career", "training", "documents")
SIGNED_IN_PAGES = ("home", "tile")
"""The endpoints that need a logged-in user (and lead to the expiry page once it expired)."""

CSAM = CsamConnection(
    service=SERVICE,
    login_path="/login",
    logout_path="/logout",
    start_endpoint="start",
    home_endpoint="home",
    on_login=session_timeout.begin,
    on_logout=session_timeout.forget,
)
"""The login through CSAM; the inactivity session starts at login and ends at logout."""


def create_app(world: World, inactivity: InactivityPolicy | None = None) -> ServiceApp:
    """The app; ``inactivity`` sets the timeout and the warning (default 20 and 2 minutes)."""
    app = create_service_app(SERVICE, world, __name__)
    app.register_blueprint(CSAM.blueprint())
    session_timeout.register(
        app,
        inactivity or InactivityPolicy(),
        protected=SIGNED_IN_PAGES,
        home_endpoint="home",
    )

    @app.get("/")
    def start() -> Response | str:
        if signed_in_user() is not None:
            return redirect(url_for("home"))
        return render_template("start.html", languages=LANGUAGES)

    @app.get(HOME_PATH)
    def home() -> Response | str:
        user = signed_in_user()
        if user is None:
            return redirect(url_for("start"))
        return render_template("home.html", user=user, tiles=TILES)

    @app.get(TILE_PATH)
    def tile(tile: str) -> Response | str:
        user = signed_in_user()
        if user is None:
            return redirect(url_for("start"))
        if tile not in TILES:
            abort(404)
        return render_template("tile.html", user=user, tile=tile)

    @app.get("/psp/ps/")
    def peoplesoft_root() -> Response:
        return redirect(url_for("start"))

    return app
