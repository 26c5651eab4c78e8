"""Steps 5 to 8 of self-enrolment, in the itsme app on the phone (``/app/enrol/…``).

The phone number finds the enrolment the computer started; the app's session remembers it
from then on. Each screen belongs to one stage of the enrolment (``enrolment.Stage``); a
screen opened out of turn sends the user to the screen of the current stage. The last step
opens the account and gives this phone its device credential.
"""

from __future__ import annotations

from flask import Flask, redirect, render_template, request, session, url_for
from werkzeug.wrappers import Response

from mock_services.systems.itsme import enrolment as enrolments
from mock_services.systems.itsme.devices import APP_PATH, DEVICE_COOKIE
from mock_services.systems.itsme.enrolment import Enrolment, EnrolmentError, Stage
from mock_services.systems.itsme.phone_numbers import (
    BELGIUM,
    COUNTRY_CODES,
    InvalidPhoneNumberError,
    parse_phone_number,
)
from mock_services.world import World

SESSION_KEY = "enrolment"
DEVICE_COOKIE_MAX_AGE = 5 * 365 * 24 * 3600
"""The phone keeps its device credential until the app is removed."""
SCREEN_OF_STAGE = {
    Stage.TOKEN: "enrol_token",
    Stage.CONTROL_CODE: "enrol_sms",
    Stage.ITSME_CODE: "enrol_code",
    Stage.BIOMETRICS: "enrol_biometrics",
    Stage.STOPPED: "enrol_stopped",
}

Page = tuple[str, int]


def _error(template: str, error: EnrolmentError, enrolment: Enrolment | None = None) -> Page:
    return render_template(template, enrolment=enrolment, error=error), 422


def register(app: Flask, world: World) -> None:  # noqa: PLR0915
    def current() -> Enrolment | None:
        enrolment_id = session.get(SESSION_KEY)
        if not isinstance(enrolment_id, str):
            return None
        return enrolments.find(world, enrolment_id)

    def at(stage: Stage, *also: Stage) -> Enrolment | Response:
        """The app's enrolment if it is at ``stage``; else a redirect to where it is."""
        enrolment = current()
        if enrolment is None:
            return redirect(url_for("enrol_phone"))
        if enrolment.stage in (stage, *also):
            return enrolment
        return redirect(url_for(SCREEN_OF_STAGE.get(enrolment.stage, "enrol_phone")))

    @app.route("/app/enrol", methods=["GET", "POST"])
    def enrol_phone() -> Response | Page | str:
        if request.method == "GET":
            return render_template(
                "app/enrol_phone.html", countries=COUNTRY_CODES, selected=BELGIUM
            )
        selected = request.form.get("country", BELGIUM)
        typed = request.form.get("phone", "")
        form = {"countries": COUNTRY_CODES, "selected": selected, "typed": typed}
        try:
            number = parse_phone_number(selected, typed)
        except InvalidPhoneNumberError as invalid:
            problem = f"itsme.phone.error_{invalid.problem.value}"
            return render_template("app/enrol_phone.html", problem=problem, **form), 422
        found = enrolments.waiting_for_app(world, number.e164)
        if found is None:
            problem = "itsme.enrol.error_no_enrolment"
            return render_template("app/enrol_phone.html", problem=problem, **form), 422
        session[SESSION_KEY] = found.id
        return redirect(url_for("enrol_token"))

    @app.route("/app/enrol/token", methods=["GET", "POST"])
    def enrol_token() -> Response | Page | str:
        enrolment = at(Stage.TOKEN)
        if isinstance(enrolment, Response):
            return enrolment
        if request.method == "GET":
            return render_template("app/enrol_token.html", enrolment=enrolment)
        try:
            enrolments.check_token(world, enrolment, request.form.get("token", ""))
        except EnrolmentError as refused:
            if refused.problem == "token_expired":
                return render_template("app/enrol_stopped.html", reason="expired"), 410
            if refused.problem == "stopped":
                return redirect(url_for("enrol_stopped"))
            return _error("app/enrol_token.html", refused, enrolment)
        return send_code(enrolment)

    def send_code(enrolment: Enrolment, *, again: bool = False) -> Response | Page:
        try:
            enrolments.send_control_code(world, enrolment)
        except EnrolmentError as not_sent:
            return _error("app/enrol_sms.html", not_sent, enrolment)
        return redirect(url_for("enrol_sms", resent=1) if again else url_for("enrol_sms"))

    @app.route("/app/enrol/sms", methods=["GET", "POST"])
    def enrol_sms() -> Response | Page | str:
        enrolment = at(Stage.CONTROL_CODE)
        if isinstance(enrolment, Response):
            return enrolment
        if request.method == "GET":
            return render_template(
                "app/enrol_sms.html", enrolment=enrolment, resent="resent" in request.args
            )
        try:
            enrolments.check_control_code(enrolment, request.form.get("code", ""))
        except EnrolmentError as refused:
            if refused.problem == "stopped":
                return redirect(url_for("enrol_stopped"))
            return _error("app/enrol_sms.html", refused, enrolment)
        return redirect(url_for("enrol_code"))

    @app.post("/app/enrol/sms/send")
    def enrol_sms_send() -> Response | Page:
        enrolment = at(Stage.CONTROL_CODE)
        if isinstance(enrolment, Response):
            return enrolment
        return send_code(enrolment, again=True)

    @app.route("/app/enrol/code", methods=["GET", "POST"])
    def enrol_code() -> Response | Page | str:
        enrolment = at(Stage.ITSME_CODE)
        if isinstance(enrolment, Response):
            return enrolment
        if request.method == "GET":
            return render_template("app/enrol_code.html", confirming=False)
        try:
            enrolments.choose_itsme_code(enrolment, request.form.get("code", ""))
        except EnrolmentError as refused:
            return render_template("app/enrol_code.html", confirming=False, error=refused), 422
        return redirect(url_for("enrol_code_confirm"))

    @app.route("/app/enrol/code/confirm", methods=["GET", "POST"])
    def enrol_code_confirm() -> Response | Page | str:
        enrolment = at(Stage.ITSME_CODE)
        if isinstance(enrolment, Response):
            return enrolment
        if not enrolment.chosen_code:
            return redirect(url_for("enrol_code"))
        if request.method == "GET":
            return render_template("app/enrol_code.html", confirming=True)
        try:
            enrolments.confirm_itsme_code(enrolment, request.form.get("code", ""))
        except EnrolmentError as refused:
            return render_template("app/enrol_code.html", confirming=False, error=refused), 422
        return redirect(url_for("enrol_biometrics"))

    @app.route("/app/enrol/biometrics", methods=["GET", "POST"])
    def enrol_biometrics() -> Response | Page | str:
        enrolment = at(Stage.BIOMETRICS)
        if isinstance(enrolment, Response):
            return enrolment
        if request.method == "GET":
            return render_template("app/enrol_biometrics.html")
        biometrics = request.form.get("biometrics") == "on"
        try:
            credential = enrolments.finish(world, enrolment, biometrics)
        except EnrolmentError as refused:
            return render_template("app/enrol_stopped.html", reason=refused.problem), 409
        session.pop(SESSION_KEY, None)
        done = redirect(url_for("enrol_done"))
        done.set_cookie(
            DEVICE_COOKIE,
            credential,
            max_age=DEVICE_COOKIE_MAX_AGE,
            path=APP_PATH,
            httponly=True,
            samesite="Lax",
        )
        return done

    @app.get("/app/enrol/done")
    def enrol_done() -> str:
        return render_template("app/enrol_done.html")

    @app.get("/app/enrol/stopped")
    def enrol_stopped() -> str:
        return render_template("app/enrol_stopped.html", reason="stopped")
