"""The itsme app on the smartphone, served as a mobile web app under ``/app``.

The phone is paired with its owner's account by opening ``/app?phone=+32…`` once (the
harness does this, as installing the app would); the app then shows the pending request of
that number, and the user confirms it with the itsme code or a fingerprint, or refuses it.
"""

from __future__ import annotations

from flask import Flask, abort, redirect, render_template, request, session, url_for
from werkzeug.wrappers import Response

from mock_services.systems.itsme import authorizations
from mock_services.systems.itsme.accounts import itsme_account
from mock_services.systems.itsme.phone_numbers import (
    BELGIUM,
    InvalidPhoneNumberError,
    parse_phone_number,
)
from mock_services.systems.itsme.requests import ItsmeRequest, RequestClosedError, RequestStatus
from mock_services.systems.itsme.web_views import request_book
from mock_services.web import Rendered
from mock_services.world import World
from mock_services.world.people import Person, format_national_number

PHONE_KEY = "phone"


def _outcome(outcome: str, status: int = 200) -> Rendered:
    return render_template("app/outcome.html", outcome=outcome), status


def register(app: Flask, world: World) -> None:
    def owner() -> Person | None:
        phone = session.get(PHONE_KEY)
        return itsme_account(phone) if isinstance(phone, str) else None

    def own_request(request_id: str) -> tuple[ItsmeRequest, Person]:
        person = owner()
        found = request_book(world).requests.get(request_id)
        if person is None or found is None or found.phone != person.mobile:
            abort(404)
        return found, person

    def pair(typed: str) -> Response | Rendered:
        try:
            number = parse_phone_number(BELGIUM, typed)
        except InvalidPhoneNumberError:
            return render_template("app/unpaired.html"), 404
        person = itsme_account(number.e164)
        if person is None:
            return render_template("app/unpaired.html"), 404
        session[PHONE_KEY] = person.mobile
        return redirect(url_for("app_home"))

    @app.get("/app")
    def app_home() -> Response | Rendered | str:
        if "phone" in request.args:
            return pair(request.args["phone"])
        person = owner()
        if person is None:
            return render_template("app/unpaired.html")
        book = request_book(world)
        if book.account(person).blocked:
            return _outcome("blocked")
        pending = book.pending_for(person.mobile, world.clock.now())
        if pending is None:
            return render_template("app/home.html", person=person)
        authorization = authorizations.find(world, pending.authorization_id)
        if authorization is None:
            return render_template("app/home.html", person=person)
        return render_template(
            "app/request.html",
            person=person,
            pending=pending,
            authorization=authorization,
            national_number=format_national_number(person.national_number),
        )

    @app.route("/app/requests/<request_id>/confirm", methods=["GET", "POST"])
    def app_confirm(request_id: str) -> Rendered | str:
        pending, person = own_request(request_id)
        status = pending.status_at(world.clock.now())
        if status is not RequestStatus.PENDING:
            return _outcome(status.value)
        if request.method == "GET":
            return render_template("app/confirm.html", person=person, pending=pending)
        check = request_book(world).confirm_with_code(
            pending, person, request.form.get("code", ""), world.clock.now()
        )
        if check.accepted:
            return _outcome("approved")
        if check.status is RequestStatus.BLOCKED:
            return _outcome("blocked", 403)
        page = render_template(
            "app/confirm.html", person=person, pending=pending, attempts_left=check.attempts_left
        )
        return page, 422

    @app.post("/app/requests/<request_id>/fingerprint")
    def app_fingerprint(request_id: str) -> Rendered:
        pending, person = own_request(request_id)
        try:
            request_book(world).confirm_with_fingerprint(pending, person, world.clock.now())
        except RequestClosedError as closed:
            return _outcome(closed.status.value)
        except PermissionError:
            abort(403)
        return _outcome("approved")

    @app.post("/app/requests/<request_id>/refuse")
    def app_refuse(request_id: str) -> Rendered:
        pending, _ = own_request(request_id)
        try:
            request_book(world).refuse(pending, world.clock.now())
        except RequestClosedError as closed:
            return _outcome(closed.status.value)
        return _outcome("refused")
