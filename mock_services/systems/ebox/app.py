"""socialsecurity.be's eBox: the public pages, the login through CSAM, the activation with an
e-mail address, the list of documents and each document in the browser."""

from __future__ import annotations

from collections.abc import Callable

from flask import redirect, render_template, request, url_for
from werkzeug.wrappers import Response

from mock_services.systems.csam.gateway import CsamConnection, SignedInUser, signed_in_user
from mock_services.systems.ebox.activation import CodeCheck, MalformedAddressError, activations
from mock_services.systems.ebox.documents import Document, documents, local_date
from mock_services.systems.ebox.notification import send_code
from mock_services.systems.mail.sender import Delivery
from mock_services.web import Rendered, ServiceApp, create_service_app
from mock_services.world import World

SERVICE = "ebox"

CSAM = CsamConnection(
    service=SERVICE,
    login_path="/login",
    logout_path="/logout",
    start_endpoint="start",
    home_endpoint="box",
    staff_only=False,
)

CODE_ERRORS = {
    CodeCheck.WRONG: "code_wrong",
    CodeCheck.EXPIRED: "code_expired",
    CodeCheck.NONE: "code_none",
}


def create_app(world: World) -> ServiceApp:
    app = create_service_app(SERVICE, world, __name__)
    app.register_blueprint(CSAM.blueprint())
    app.jinja_env.globals["local_date"] = lambda instant: local_date(world, instant)

    @app.after_request
    def no_store(response: Response) -> Response:
        if signed_in_user() is not None:
            response.headers["Cache-Control"] = "no-store"
        return response

    def activation_page(
        user: SignedInUser, email: str = "", error: str = "", status: int = 200
    ) -> Rendered:
        return render_template("activate.html", user=user, email=email, error=error), status

    def code_page(user: SignedInUser, error: str = "", queued: bool = False) -> Rendered:
        pending = activations(world).pending(user.national_number)
        page = render_template(
            "activate_code.html",
            user=user,
            email=pending.email if pending else "",
            error=error,
            queued=queued,
        )
        return page, 400 if error else 200

    @app.get("/")
    def start() -> str:
        return render_template("start.html", user=signed_in_user())

    @app.get("/ebox")
    def box() -> Response | str:
        user = signed_in_user()
        if user is None:
            return redirect(url_for("csam.login"))
        if activations(world).of(user.national_number) is None:
            return redirect(url_for("activate"))
        return render_template(
            "box.html",
            user=user,
            activation=activations(world).of(user.national_number),
            documents=documents(world).of(user.national_number),
            activated=bool(request.args.get("activated")),
        )

    @app.get("/ebox/activeren")
    def activate() -> Response | Rendered:
        user = signed_in_user()
        if user is None:
            return redirect(url_for("csam.login"))
        return activation_page(user)

    @app.post("/ebox/activeren")
    def request_code() -> Response | Rendered:
        user = signed_in_user()
        if user is None:
            return redirect(url_for("csam.login"))
        email = request.form.get("email", "")
        if not email.strip():
            return activation_page(user, email, "email_missing", 400)
        try:
            pending = activations(world).request(world, user.national_number, email)
        except MalformedAddressError:
            return activation_page(user, email, "email_invalid", 400)
        delivery = send_code(world, pending.email, pending.code)
        queued = 1 if delivery is Delivery.QUEUED else None
        return redirect(url_for("enter_code", queued=queued))

    @app.get("/ebox/activeren/code")
    def enter_code() -> Response | Rendered:
        user = signed_in_user()
        if user is None:
            return redirect(url_for("csam.login"))
        if activations(world).pending(user.national_number) is None:
            return redirect(url_for("activate"))
        return code_page(user, queued=bool(request.args.get("queued")))

    @app.post("/ebox/activeren/code")
    def confirm_code() -> Response | Rendered:
        user = signed_in_user()
        if user is None:
            return redirect(url_for("csam.login"))
        check = activations(world).confirm(
            world, user.national_number, request.form.get("code", "")
        )
        if check is CodeCheck.OK:
            return redirect(url_for("box", activated=1))
        if check is CodeCheck.WRONG:
            return code_page(user, CODE_ERRORS[check])
        page = render_template("activate.html", user=user, email="", error=CODE_ERRORS[check])
        return page, 400

    _document_views(app, world)
    return app


def _document_views(app: ServiceApp, world: World) -> None:
    """A document in the browser and as PDF: only its addressee may open it."""

    def opened(
        document_id: str, show: Callable[[SignedInUser, Document], Response | Rendered]
    ) -> Response | Rendered:
        """The signed-in person's document, marked read and shown; else login or refusal."""
        user = signed_in_user()
        if user is None:
            return redirect(url_for("csam.login"))
        found = documents(world).get(user.national_number, document_id)
        if found is None:
            return render_template("document_refused.html", user=user), 404
        documents(world).mark_read(found)
        return show(user, found)

    @app.get("/ebox/documenten/<document_id>")
    def document(document_id: str) -> Response | Rendered:
        return opened(document_id, _document_page)

    @app.get("/ebox/documenten/<document_id>/pdf")
    def document_pdf(document_id: str) -> Response | Rendered:
        return opened(document_id, _document_pdf)


def _document_page(user: SignedInUser, found: Document) -> Rendered:
    return render_template("document.html", user=user, document=found), 200


def _document_pdf(_: SignedInUser, found: Document) -> Response:
    response = Response(found.pdf, mimetype="application/pdf")
    response.headers["Content-Disposition"] = f'inline; filename="{found.id}.pdf"'
    return response
