"""The keys the person activates after choosing a username and password: the e-mail code
(confirmed by a first code), the mobile app (QR code, confirmed by a first code) and the token
card (shown, and as a PDF)."""

from __future__ import annotations

import segno
from flask import Blueprint, abort, redirect, render_template, request, session, url_for
from markupsafe import Markup
from werkzeug.wrappers import Response

from mock_services.systems.csam.credentials import Account, credentials, totp
from mock_services.systems.mail.sender import Delivery
from mock_services.systems.registration_office.activation_views import SESSION_KEY
from mock_services.systems.registration_office.email_codes import CodeCheck, email_codes
from mock_services.systems.registration_office.mails import send_email_code
from mock_services.systems.registration_office.token_pdf import token_card_pdf
from mock_services.web.app import translate
from mock_services.world import World
from mock_services.world.people import by_national_number


def blueprint(world: World) -> Blueprint:
    views = Blueprint("keys", __name__)

    def current_account() -> Account:
        national_number = session.get(SESSION_KEY)
        account = credentials(world).get(national_number) if national_number else None
        if account is None or not account.activated:
            abort(403)
        return account

    @views.get("/sleutels/")
    def keys() -> str:
        account = current_account()
        return render_template("keys.html", account=account, done=request.args.get("klaar"))

    @views.post("/sleutels/email")
    def send_code() -> Response:
        account = current_account()
        code = email_codes(world).issue(world, account.national_number)
        delivery = send_email_code(world, account.email, code)
        queued = 1 if delivery is Delivery.QUEUED else None
        return redirect(url_for("keys.email_code", queued=queued))

    @views.get("/sleutels/email")
    def email_code() -> str:
        account = current_account()
        return render_template(
            "email_code.html", account=account, queued=request.args.get("queued"), error=""
        )

    @views.post("/sleutels/email/bevestigen")
    def confirm_email_code() -> Response | tuple[str, int]:
        account = current_account()
        result = email_codes(world).check(
            world, account.national_number, request.form.get("code", "")
        )
        if result is CodeCheck.OK:
            account.email_code_active = True
            return redirect(url_for("keys.keys", klaar="email"))
        page = render_template(
            "email_code.html", account=account, queued=None, error=f"activation.email.{result}"
        )
        return page, 400

    def app_page(account: Account, error: str = "", code: int = 200) -> tuple[str, int]:
        uri = totp.provisioning_uri(account.totp_secret, account.username)
        qr = segno.make(uri, error="m").svg_inline(scale=4, dark="#1d2330")
        secret = " ".join(
            account.totp_secret[i : i + 4] for i in range(0, len(account.totp_secret), 4)
        )
        page = render_template(
            "mobile_app.html", account=account, qr=Markup(qr), secret=secret, error=error
        )
        return page, code

    @views.get("/sleutels/app")
    def mobile_app() -> Response | tuple[str, int]:
        """The QR code of the key to confirm: the same one until it is confirmed, so that a
        reload does not undo what the phone scanned; an active key is not shown again."""
        account = current_account()
        if account.totp_active:
            return redirect(url_for("keys.keys"))
        if not account.totp_secret:
            credentials(world).start_totp(world, account)
        return app_page(account)

    @views.post("/sleutels/app")
    def confirm_mobile_app() -> Response | tuple[str, int]:
        account = current_account()
        if account.totp_active or not account.totp_secret:
            return redirect(url_for("keys.mobile_app"))
        if totp.verify(world, account.totp_secret, request.form.get("code", "")):
            account.totp_active = True
            return redirect(url_for("keys.keys", klaar="app"))
        return app_page(account, "activation.app.wrong_code", 400)

    @views.get("/sleutels/token")
    def token() -> str:
        account = current_account()
        if not account.token_codes:
            credentials(world).issue_token_card(world, account)
        return render_template("token_card.html", account=account, codes=account.token_codes)

    @views.get("/sleutels/tokenkaart.pdf")
    def token_pdf() -> Response:
        account = current_account()
        if not account.token_codes:
            abort(404)
        person = by_national_number(account.national_number)
        pdf = token_card_pdf(
            translate("activation.token.title"),
            person.full_name if person else account.username,
            translate("activation.token.keep_safe"),
            account.token_codes,
            world.clock.now(),
        )
        return Response(
            pdf,
            mimetype="application/pdf",
            headers={"Content-Disposition": 'attachment; filename="tokenkaart.pdf"'},
        )

    return views
