"""itsme's pages in the browser: the phone number, the wait for the app, the outcome.

A smartphone's browser gets, instead of the phone number, a link that opens the app on the
same phone (``app_links.py``); the app sends the browser back to ``continue``. The wait page
polls ``/api/requests/<id>`` (static/wait.js) and moves on as soon as the request is no
longer pending; ``continue`` turns an approval into an authorization code for CSAM (once),
any other outcome into a clear page with the way back to CSAM.
"""

from __future__ import annotations

from typing import Any

from flask import Flask, abort, g, jsonify, redirect, render_template, request, url_for
from werkzeug.wrappers import Response

from mock_services.oidc.models import Subject
from mock_services.oidc.provider import (
    AuthorizationErrorRedirect,
    InvalidAuthorizationRequest,
    OpenIDProvider,
)
from mock_services.systems.itsme import authorizations
from mock_services.systems.itsme.accounts import itsme_account
from mock_services.systems.itsme.app_links import app_links, on_smartphone
from mock_services.systems.itsme.authorizations import Authorization
from mock_services.systems.itsme.contract import ACR_ADVANCED
from mock_services.systems.itsme.phone_numbers import (
    BELGIUM,
    COUNTRY_CODES,
    InvalidPhoneNumberError,
    parse_phone_number,
)
from mock_services.systems.itsme.requests import ItsmeRequest, RequestBook, RequestStatus
from mock_services.web import Rendered
from mock_services.world import World
from mock_services.world.i18n import catalogue
from mock_services.world.people import person as person_by_id
from mock_services.world.tokens import random_token

POLL_INTERVAL_MS = 2000
"""How often the wait page asks whether the request was answered in the app."""
AMR = {"code": ("swk", "pin"), "fingerprint": ("swk", "fpt")}
"""RFC 8176 methods: a software key on the phone, with a PIN or a fingerprint."""
REQUESTS_KEY = "itsme.requests"


def request_book(world: World) -> RequestBook:
    return world.state(REQUESTS_KEY, RequestBook)


def _phone_form(authorization: Authorization, error: str = "", status: int = 200) -> Rendered:
    page = render_template(
        "phone_number.html",
        authorization=authorization,
        countries=COUNTRY_CODES,
        selected=request.form.get("country", BELGIUM),
        error=error,
    )
    return page, status


def register(app: Flask, world: World, provider: OpenIDProvider) -> None:  # noqa: PLR0915
    def open_authorization(authorization_id: str) -> Authorization:
        authorization = authorizations.find(world, authorization_id)
        if authorization is None:
            abort(410)
        g.language = authorization.language
        return authorization

    def open_request(request_id: str) -> tuple[ItsmeRequest, Authorization]:
        found = request_book(world).requests.get(request_id)
        if found is None:
            abort(404)
        return found, open_authorization(found.authorization_id)

    @app.route(provider.settings.paths.authorize, methods=["GET", "POST"])
    def authorize() -> Response | Rendered:
        try:
            validated = provider.validate_authorization()
        except AuthorizationErrorRedirect as error:
            return error.response
        except InvalidAuthorizationRequest:
            return render_template("itsme_error.html"), 400
        locales = validated.params.get("ui_locales", "").split()
        language = catalogue().resolve_language(locales[0] if locales else g.language)
        authorization = authorizations.begin(world, validated, language)
        if on_smartphone(request.user_agent.string):
            return redirect(url_for("same_device", authorization_id=authorization.id))
        return redirect(url_for("phone_number", authorization_id=authorization.id))

    @app.get("/login/<authorization_id>/app")
    def same_device(authorization_id: str) -> str:
        """On the smartphone itself: a link that opens the itsme app on it (app-to-app)."""
        authorization = open_authorization(authorization_id)
        link = app_links(world).link_for(world, authorization)
        return render_template(
            "same_device.html",
            authorization=authorization,
            app_link=url_for("app_authorize", token=link.token),
        )

    @app.route("/login/<authorization_id>", methods=["GET", "POST"])
    def phone_number(authorization_id: str) -> Response | Rendered:
        authorization = open_authorization(authorization_id)
        if request.method == "GET":
            return _phone_form(authorization)
        authorization.phone = request.form.get("phone", "")
        try:
            number = parse_phone_number(request.form.get("country", ""), authorization.phone)
        except InvalidPhoneNumberError as error:
            return _phone_form(authorization, error.problem.value, 422)
        account = itsme_account(world, number.e164)
        if account is None:
            return _phone_form(authorization, "unknown", 422)
        book = request_book(world)
        if book.account(account).blocked:
            back = url_for("cancel", authorization_id=authorization.id)
            return render_template(
                "outcome.html", outcome="blocked", back_url=back, client=authorization.client_name
            ), 403
        request_id = random_token(world, "itsme.request", 24)
        book.open(request_id, authorization.id, account, number.e164, world.clock.now())
        return redirect(url_for("waiting", request_id=request_id))

    @app.get("/login/<authorization_id>/cancel")
    def cancel(authorization_id: str) -> Response:
        authorization = open_authorization(authorization_id)
        return provider.deny(authorization.params, "The user cancelled the itsme login.")

    @app.get("/wait/<request_id>")
    def waiting(request_id: str) -> Response | str:
        pending, authorization = open_request(request_id)
        if pending.status_at(world.clock.now()) is not RequestStatus.PENDING:
            return redirect(url_for("continue_login", request_id=request_id))
        number = parse_phone_number(BELGIUM, pending.phone)
        return render_template(
            "waiting.html",
            authorization=authorization,
            request_id=request_id,
            number=number.display.replace(" ", "\u00a0"),
            interval=POLL_INTERVAL_MS,
        )

    @app.get("/api/requests/<request_id>")
    def request_status(request_id: str) -> Response | tuple[Response, int]:
        found = request_book(world).requests.get(request_id)
        if found is None:
            return jsonify(error="unknown request"), 404
        status = found.status_at(world.clock.now())
        answer: dict[str, Any] = {"status": status.value}
        answer["next"] = url_for("continue_login", request_id=request_id)
        return jsonify(answer)

    @app.get("/requests/<request_id>/continue")
    def continue_login(request_id: str) -> Response | Rendered:
        answered, authorization = open_request(request_id)
        status = answered.status_at(world.clock.now())
        if status is RequestStatus.PENDING:
            return redirect(url_for("waiting", request_id=request_id))
        if status is not RequestStatus.APPROVED:
            back = url_for("back_to_client", request_id=request_id)
            page = render_template(
                "outcome.html",
                outcome=status.value,
                back_url=back,
                client=authorization.client_name,
            )
            return page, 400
        if answered.used:
            return render_template("outcome.html", outcome="used", back_url=None), 400
        answered.used = True
        subject = Subject(
            person=person_by_id(answered.person_id),
            acr=ACR_ADVANCED,
            amr=AMR[answered.confirmed_with],
            auth_time=int(world.clock.now().timestamp()),
        )
        return provider.issue_code(authorization.params, subject)

    @app.get("/requests/<request_id>/back")
    def back_to_client(request_id: str) -> Response:
        answered, authorization = open_request(request_id)
        status = answered.status_at(world.clock.now())
        return provider.deny(authorization.params, f"The itsme request was {status.value}.")
