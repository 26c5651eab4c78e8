"""The office agent's console, on its own origin: the back office of the registration office.

It shares the appointment book with the public site and creates the keys in CSAM's
credential store; the activation e-mail goes out through SMTP.
"""

from __future__ import annotations

from flask import abort, redirect, render_template, request, url_for
from werkzeug.wrappers import Response

from mock_services.systems.csam.credentials import credentials
from mock_services.systems.mail.mailboxes import is_address
from mock_services.systems.mail.sender import Delivery
from mock_services.systems.registration_office.activation import activation_links
from mock_services.systems.registration_office.appointments import (
    Appointment,
    DocumentType,
    Status,
    appointment_book,
)
from mock_services.systems.registration_office.identity import check_identity
from mock_services.systems.registration_office.mails import send_activation
from mock_services.web import ServiceApp, create_service_app
from mock_services.world import World
from mock_services.world.people import Person, by_national_number, format_national_number


def create_app(world: World) -> ServiceApp:
    app = create_service_app("office_console", world, __name__)
    app.jinja_env.globals["format_national_number"] = format_national_number

    def appointment_or_404(reference: str) -> Appointment:
        appointment = appointment_book(world).get(reference)
        if appointment is None:
            abort(404)
        return appointment

    def page(appointment: Appointment, code: int = 200, **extra: object) -> tuple[str, int]:
        person: Person | None = None
        if appointment.national_number:
            person = by_national_number(appointment.national_number)
        context: dict[str, object] = {
            "appointment": appointment,
            "person": person,
            "document_types": list(DocumentType),
            "error": "",
            "email": appointment.keys_email or appointment.email,
            "queued": False,
        }
        context.update(extra)
        return render_template("appointment.html", **context), code

    @app.get("/")
    def appointments() -> str:
        return render_template(
            "appointments.html", appointments=appointment_book(world).all(), error=""
        )

    @app.get("/zoeken")
    def search() -> Response | tuple[str, int]:
        reference = request.args.get("referentie", "").strip()
        if appointment_book(world).get(reference) is None:
            error = "console.search.missing" if not reference else "console.search.unknown"
            listing = render_template(
                "appointments.html",
                appointments=appointment_book(world).all(),
                error=error,
                reference=reference,
            )
            return listing, 404 if reference else 400
        return redirect(url_for("appointment", reference=reference.upper()))

    @app.get("/afspraken/<reference>")
    def appointment(reference: str) -> tuple[str, int]:
        return page(appointment_or_404(reference), queued=bool(request.args.get("queued")))

    @app.post("/afspraken/<reference>/identiteit")
    def check(reference: str) -> Response | tuple[str, int]:
        found = appointment_or_404(reference)
        if found.status is not Status.BOOKED:
            return redirect(url_for("appointment", reference=found.reference))
        kind = request.form.get("document_type", "")
        number = request.form.get("document_number", "")
        if kind not in set(DocumentType) or not number.strip():
            return page(found, 400, error="console.identity.missing")
        result = check_identity(found.name, DocumentType(kind), number)
        if result.person is None:
            return page(found, 400, error=result.problem)
        found.national_number = result.person.national_number
        found.status = Status.IDENTIFIED
        return redirect(url_for("appointment", reference=found.reference))

    @app.post("/afspraken/<reference>/sleutels")
    def create_keys(reference: str) -> Response | tuple[str, int]:
        found = appointment_or_404(reference)
        person = by_national_number(found.national_number)
        if found.status is not Status.IDENTIFIED or person is None:
            return redirect(url_for("appointment", reference=found.reference))
        email = request.form.get("email", "").strip()
        if not is_address(email):
            return page(found, 400, error="console.keys.email_invalid", email=email)
        credentials(world).register(person.national_number, email)
        link = activation_links(world).issue(world, person.national_number)
        url = world.url("registration_office", f"/activeren/{link.token}")
        delivery = send_activation(world, person.first_given_name, email, url)
        found.keys_email = email
        found.status = Status.KEYS_CREATED
        queued = 1 if delivery is Delivery.QUEUED else None
        return redirect(url_for("appointment", reference=found.reference, queued=queued))

    return app
