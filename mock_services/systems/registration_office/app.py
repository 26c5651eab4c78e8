"""The registration offices' appointment site, and the activation of the digital keys."""

from __future__ import annotations

from datetime import datetime
from itertools import groupby

from flask import abort, redirect, render_template, request, url_for
from werkzeug.wrappers import Response

from mock_services.systems.mail.sender import Delivery
from mock_services.systems.registration_office import activation_views, keys_views
from mock_services.systems.registration_office.appointments import (
    BookingForm,
    DocumentType,
    SlotTakenError,
    appointment_book,
)
from mock_services.systems.registration_office.mails import send_confirmation
from mock_services.systems.registration_office.offices import (
    OFFICES,
    Office,
    office_slots,
    parse_slot,
    slot_key,
)
from mock_services.web import ServiceApp, create_service_app
from mock_services.world import World


def create_app(world: World) -> ServiceApp:
    app = create_service_app("registration_office", world, __name__)
    app.jinja_env.globals["slot_key"] = slot_key
    app.register_blueprint(activation_views.blueprint(world))
    app.register_blueprint(keys_views.blueprint(world))

    def office_or_404(office_id: str) -> Office:
        office = OFFICES.get(office_id)
        if office is None:
            abort(404)
        return office

    def free_slot(office: Office, value: str) -> datetime | None:
        slot = parse_slot(value, world)
        if slot is None or slot not in office_slots(world, office):
            return None
        return None if slot in appointment_book(world).taken(office) else slot

    @app.get("/")
    def offices() -> str:
        return render_template("offices.html", offices=OFFICES.values())

    @app.get("/kantoren/<office_id>/")
    def slots(office_id: str) -> str:
        office = office_or_404(office_id)
        taken = appointment_book(world).taken(office)
        free = [slot for slot in office_slots(world, office) if slot not in taken]
        days = [(day, list(group)) for day, group in groupby(free, key=lambda s: s.date())]
        return render_template("slots.html", office=office, days=days)

    def booking_page(
        office: Office, slot: datetime, form: BookingForm, errors: dict[str, str]
    ) -> str:
        return render_template(
            "booking.html",
            office=office,
            slot=slot,
            form=form,
            errors=errors,
            document_types=list(DocumentType),
        )

    @app.get("/kantoren/<office_id>/afspraak")
    def booking(office_id: str) -> str | tuple[str, int]:
        office = office_or_404(office_id)
        slot = free_slot(office, request.args.get("slot", ""))
        if slot is None:
            return render_template("slot_gone.html", office=office), 409
        return booking_page(office, slot, BookingForm(), {})

    @app.post("/kantoren/<office_id>/afspraak")
    def book(office_id: str) -> Response | str | tuple[str, int]:
        office = office_or_404(office_id)
        slot = free_slot(office, request.form.get("slot", ""))
        if slot is None:
            return render_template("slot_gone.html", office=office), 409
        form = BookingForm(
            name=request.form.get("name", ""),
            email=request.form.get("email", ""),
            document_type=request.form.get("document_type", ""),
            document_number=request.form.get("document_number", ""),
        )
        errors = form.errors()
        if errors:
            return booking_page(office, slot, form, errors), 400
        try:
            appointment = appointment_book(world).book(world, office, slot, form)
        except SlotTakenError:
            return render_template("slot_gone.html", office=office), 409
        delivery = send_confirmation(world, appointment)
        return redirect(
            url_for(
                "booked",
                reference=appointment.reference,
                queued=1 if delivery is Delivery.QUEUED else None,
            )
        )

    @app.get("/afspraken/<reference>")
    def booked(reference: str) -> str:
        appointment = appointment_book(world).get(reference)
        if appointment is None:
            abort(404)
        return render_template(
            "booked.html", appointment=appointment, queued=bool(request.args.get("queued"))
        )

    return app
