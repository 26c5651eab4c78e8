"""CSAM's pages and endpoints: the OpenID Connect provider of the applications, the key
choice "Aanmelden bij de online overheid", and each key's login (looked up in ``KEY_LOGINS``)."""

from __future__ import annotations

from authlib.oauth2.rfc6749 import OAuth2Error
from flask import abort, g, redirect, render_template, request, session, url_for
from werkzeug.wrappers import Response

from mock_services.oidc.provider import (
    DISCOVERY_PATH,
    AuthorizationErrorRedirect,
    InvalidAuthorizationRequest,
)
from mock_services.systems.csam import transactions
from mock_services.systems.csam.digital_keys import KEY_GROUPS, KEYS
from mock_services.systems.csam.keys import KEY_LOGINS
from mock_services.systems.csam.keys.security_code import authenticator
from mock_services.systems.csam.oidc_provider import EXTENSION, PATHS, create_provider
from mock_services.web import Rendered, ServiceApp, create_service_app
from mock_services.world import World
from mock_services.world.i18n import catalogue


def _language(ui_locales: str | None) -> str:
    first = (ui_locales or "").split()
    return catalogue().resolve_language(first[0] if first else g.language)


def create_app(world: World) -> ServiceApp:
    # The discovery document and the keys are static files: they stay up during maintenance,
    # so applications still send their visitors to CSAM's maintenance notice.
    app = create_service_app(
        "csam", world, __name__, maintenance_exempt=(DISCOVERY_PATH, PATHS.jwks)
    )
    provider = create_provider(world)
    app.extensions[EXTENSION] = provider
    provider.register_routes(app)
    for login in KEY_LOGINS.values():
        app.register_blueprint(login.blueprint())
    app.register_blueprint(authenticator.routes)

    def open_transaction() -> transactions.LoginTransaction | None:
        transaction = transactions.find(world, request.args.get("tx"))
        if transaction is not None and "lang" not in request.args:
            g.language = transaction.language
        return transaction

    @app.route(PATHS.authorize, methods=["GET", "POST"])
    def authorize() -> Response | Rendered:
        try:
            authorization = provider.validate_authorization()
        except AuthorizationErrorRedirect as error:
            return error.response
        except InvalidAuthorizationRequest as error:
            unknown = error.error.error == "invalid_client"
            return render_template(
                "unknown_client.html" if unknown else "invalid_request.html"
            ), 400
        language = _language(authorization.params.get("ui_locales"))
        transaction = transactions.begin(world, authorization, language)
        return redirect(url_for("key_choice", tx=transaction.id))

    @app.get("/fas/login")
    def key_choice() -> str | Rendered:
        transaction = open_transaction()
        if transaction is None:
            return render_template("unknown_transaction.html"), 400
        return render_template("key_choice.html", groups=KEY_GROUPS, transaction=transaction)

    @app.get("/fas/login/<key_id>")
    def key_login(key_id: str) -> Response | str | Rendered:
        key = KEYS.get(key_id)
        if key is None:
            abort(404)
        transaction = open_transaction()
        if transaction is None:
            return render_template("unknown_transaction.html"), 400
        login = KEY_LOGINS.get(key.id)
        if login is None:
            return render_template("key_unavailable.html", key=key), 501
        return login.start(transaction)

    @app.route(PATHS.end_session or "", methods=["GET", "POST"])
    def end_session() -> Response | str | Rendered:
        try:
            logout = provider.server.validate_endpoint_request("end_session")
        except OAuth2Error:
            return render_template("invalid_request.html"), 400
        response: Response | None = provider.server.create_endpoint_response("end_session", logout)
        session.pop("sid", None)
        return response or render_template("logged_out.html")

    return app
