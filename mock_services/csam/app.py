"""CSAM's pages: "Aanmelden bij de online overheid" and the start of each key's login."""

from __future__ import annotations

from flask import abort, render_template, request

from mock_services.csam.keys import KEY_GROUPS, KEYS
from mock_services.web import ServiceApp, create_service_app
from mock_services.world import World

KNOWN_CLIENTS = ("persoselfservice", "persocontact")


def create_app(world: World) -> ServiceApp:
    app = create_service_app("csam", world, __name__)

    @app.get("/fas/login")
    def key_choice() -> tuple[str, int] | str:
        client = request.args.get("client_id", "")
        if client not in KNOWN_CLIENTS:
            return render_template("unknown_client.html"), 400
        return render_template("key_choice.html", groups=KEY_GROUPS, client=client)

    @app.get("/fas/login/<key_id>")
    def key_login(key_id: str) -> tuple[str, int]:
        key = KEYS.get(key_id)
        if key is None:
            abort(404)
        return render_template("key_unavailable.html", key=key), 501

    @app.get("/fas/itsme/enroll")
    def itsme_enroll() -> tuple[str, int]:
        return render_template("key_unavailable.html", key=KEYS["itsme"]), 501

    return app
