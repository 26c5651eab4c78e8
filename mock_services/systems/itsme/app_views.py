"""The itsme app on the smartphone, served as a mobile web app under ``/app``.

The app belongs to the phone that enrolled: the phone's device credential (``devices.py``)
names its account, and the app shows only that account's pending request, which the user
confirms with the itsme code or a fingerprint, or refuses. A phone without a registered
device sees the welcome screen and nobody's requests. A link from itsme's page in the
phone's own browser (``/app/authorize/<token>``, see ``app_links.py``) opens a request of the
phone's account for that login; its outcome screen sends the browser back to itsme.
"""

from __future__ import annotations

from flask import Flask, abort, redirect, render_template, request, url_for
from werkzeug.wrappers import Response

from mock_services.systems.itsme import authorizations
from mock_services.systems.itsme.accounts import itsme_account
from mock_services.systems.itsme.app_links import app_links
from mock_services.systems.itsme.devices import DEVICE_COOKIE, devices
from mock_services.systems.itsme.requests import ItsmeRequest, RequestClosedError, RequestStatus
from mock_services.systems.itsme.web_views import request_book
from mock_services.web import Rendered
from mock_services.world import World
from mock_services.world.people import Person, format_national_number
from mock_services.world.tokens import random_token


def _outcome(
    outcome: str, status: int = 200, answered: ItsmeRequest | None = None, *, here: bool = False
) -> Rendered:
    """The end of a request in the app. One opened from this phone's browser (``here``) sends
    the browser back to itsme, which goes on to the client."""
    back = None
    if answered is not None and answered.same_device:
        back = url_for("continue_login", request_id=answered.id)
    page = render_template(
        "app/outcome.html", outcome=outcome, here=here or back is not None, back_to_browser=back
    )
    return page, status


def register(app: Flask, world: World) -> None:
    def owner() -> Person | None:
        phone = devices(world).phone_of(request.cookies.get(DEVICE_COOKIE))
        return itsme_account(world, phone) if phone is not None else None

    def own_request(request_id: str) -> tuple[ItsmeRequest, Person]:
        person = owner()
        found = request_book(world).requests.get(request_id)
        if person is None or found is None or found.phone != person.mobile:
            abort(404)
        return found, person

    @app.get("/app")
    def app_home() -> Rendered | str:
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

    @app.get("/app/authorize/<token>")
    def app_authorize(token: str) -> Response | Rendered | str:
        """The link from itsme's page in this phone's browser: a request of this phone's
        account for that login, shown on the app's home. Opening it again shows the app."""
        person = owner()
        if person is None:
            return render_template("app/unpaired.html")
        link = app_links(world).find(token)
        authorization = authorizations.find(world, link.authorization_id) if link else None
        if link is None or authorization is None:
            return _outcome("expired", 410, here=True)
        book = request_book(world)
        if book.account(person).blocked:
            return _outcome("blocked", 403, here=True)
        if not link.request_id:
            link.request_id = random_token(world, "itsme.request", 24)
            book.open(
                link.request_id,
                authorization.id,
                person,
                person.mobile,
                world.clock.now(),
                same_device=True,
            )
        return redirect(url_for("app_home"))

    @app.route("/app/requests/<request_id>/confirm", methods=["GET", "POST"])
    def app_confirm(request_id: str) -> Rendered | str:
        pending, person = own_request(request_id)
        status = pending.status_at(world.clock.now())
        if status is not RequestStatus.PENDING:
            return _outcome(status.value, answered=pending)
        if request.method == "GET":
            return render_template("app/confirm.html", person=person, pending=pending)
        check = request_book(world).confirm_with_code(
            pending, person, request.form.get("code", ""), world.clock.now()
        )
        if check.accepted:
            return _outcome("approved", answered=pending)
        if check.status is RequestStatus.BLOCKED:
            return _outcome("blocked", 403, pending)
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
            return _outcome(closed.status.value, answered=pending)
        except PermissionError:
            abort(403)
        return _outcome("approved", answered=pending)

    @app.post("/app/requests/<request_id>/refuse")
    def app_refuse(request_id: str) -> Rendered:
        pending, _ = own_request(request_id)
        try:
            request_book(world).refuse(pending, world.clock.now())
        except RequestClosedError as closed:
            return _outcome(closed.status.value, answered=pending)
        return _outcome("refused", answered=pending)
