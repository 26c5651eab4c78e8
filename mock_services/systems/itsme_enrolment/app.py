"""The self-enrolment site's pages: the form (step 2), the contract (3), the token (4).

The enrolment belongs to the browser that started it (its session); the eID software's
answer comes back through a single-use signing request (``signing.py``).
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

from flask import g, redirect, render_template, request, session, url_for
from werkzeug.wrappers import Response

from mock_services.smartcard.eid_verification import (
    MalformedCertificateError,
    load_certificate,
    world_trust_anchors,
)
from mock_services.systems.itsme import enrolment as enrolments
from mock_services.systems.itsme.contract import SELF_ENROLMENT_PATH
from mock_services.systems.itsme.enrolment import Enrolment, EnrolmentError, Stage
from mock_services.systems.itsme.phone_numbers import BELGIUM, COUNTRY_CODES
from mock_services.systems.itsme.token_mail import send_token
from mock_services.systems.itsme_enrolment import contact_form
from mock_services.systems.itsme_enrolment.signing import (
    CALLBACK_PATH,
    SOFTWARE_OUTCOMES,
    decode_base64,
    signing_requests,
    signing_url,
)
from mock_services.web import ServiceApp, create_service_app
from mock_services.world import World

SERVICE = "itsme_enrolment"
FORM_PATH = SELF_ENROLMENT_PATH
SESSION_KEY = "enrolment"

Page = tuple[str, int]


def create_app(world: World) -> ServiceApp:
    app = create_service_app(SERVICE, world, __name__)
    zone = ZoneInfo(world.settings.timezone)
    app.jinja_env.filters["clock"] = lambda instant: f"{instant.astimezone(zone):%H:%M}"

    def mine() -> Enrolment | None:
        enrolment_id = session.get(SESSION_KEY)
        return enrolments.find(world, enrolment_id) if isinstance(enrolment_id, str) else None

    def contract_page(enrolment: Enrolment, problem: str = "", status: int = 200) -> Page:
        page = render_template(
            "contract.html", enrolment=enrolment, contract=enrolment.contract, problem=problem
        )
        return page, status

    @app.get("/")
    def home() -> Response:
        return redirect(url_for("form"))

    @app.route(FORM_PATH, methods=["GET", "POST"])
    def form() -> Response | Page | str:
        if request.method == "GET":
            blank = contact_form.ContactForm(BELGIUM, "", "")
            return render_template("form.html", form=blank, countries=COUNTRY_CODES)
        checked = contact_form.check(
            world,
            request.form.get("country", BELGIUM),
            request.form.get("phone", ""),
            request.form.get("email", ""),
        )
        if not checked.valid or checked.number is None:
            return render_template("form.html", form=checked, countries=COUNTRY_CODES), 422
        try:
            started = enrolments.start(world, checked.number.e164, checked.email, g.language)
        except EnrolmentError:
            checked.problems["phone"] = "itsme_enrolment.form.error_phone_taken"
            return render_template("form.html", form=checked, countries=COUNTRY_CODES), 422
        session[SESSION_KEY] = started.id
        return redirect(url_for("contract"))

    @app.get(f"{FORM_PATH}/contract")
    def contract() -> Response | Page:
        enrolment = mine()
        if enrolment is None:
            return redirect(url_for("form"))
        if enrolment.stage is not Stage.CONTRACT:
            return redirect(url_for("token"))
        return contract_page(enrolment)

    @app.post(f"{FORM_PATH}/sign")
    def sign() -> Response:
        enrolment = mine()
        if enrolment is None or enrolment.stage is not Stage.CONTRACT:
            return redirect(url_for("form"))
        return redirect(signing_url(world, enrolment, world.url(SERVICE, CALLBACK_PATH)))

    @app.post(CALLBACK_PATH)
    def signed() -> Response | Page:
        enrolment_id = signing_requests(world).take(request.form.get("request", ""))
        enrolment = enrolments.find(world, enrolment_id) if enrolment_id else None
        if enrolment is None or enrolment.stage is not Stage.CONTRACT:
            return render_template("unknown_request.html"), 400
        g.language = enrolment.language
        outcome = request.form.get("error")
        if outcome is not None:
            problem = outcome if outcome in SOFTWARE_OUTCOMES else "signature_invalid"
            return contract_page(enrolment, problem, 200 if problem != "signature_invalid" else 400)
        try:
            certificate = load_certificate(decode_base64(request.form.get("certificate", "")))
            enrolments.accept_signature(
                world,
                enrolment,
                certificate,
                decode_base64(request.form.get("signature", "")),
                world_trust_anchors(),
            )
        except MalformedCertificateError:
            return contract_page(enrolment, "signature_invalid", 400)
        except EnrolmentError as refused:
            return contract_page(enrolment, refused.problem, 400)
        delivery = send_token(world, enrolment)
        enrolment.token_mail = "" if delivery is None else delivery.value
        return redirect(url_for("token"))

    @app.get(f"{FORM_PATH}/token")
    def token() -> Response | str:
        enrolment = mine()
        if enrolment is None:
            return redirect(url_for("form"))
        if enrolment.stage is Stage.CONTRACT:
            return redirect(url_for("contract"))
        expired = enrolment.token_expires is not None and world.clock.now() >= (
            enrolment.token_expires
        )
        return render_template("token.html", enrolment=enrolment, expired=expired)

    return app
