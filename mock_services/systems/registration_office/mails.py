"""The e-mails of the registration office and of the keys' activation, sent through SMTP."""

from __future__ import annotations

from html import escape

from flask import g, has_request_context

from mock_services.systems.mail.sender import Delivery, OutgoingMail, send
from mock_services.systems.registration_office.appointments import Appointment
from mock_services.systems.registration_office.offices import zone
from mock_services.world import World
from mock_services.world.i18n import catalogue

APPOINTMENTS_SENDER = "Registratiekantoren <afspraak@bosa.belgium.be>"
KEYS_SENDER = "CSAM – Digitale sleutels <noreply@csam.belgium.be>"


def mail_language(world: World) -> str:
    """The person's language: the one of the page whose request sends the mail (the person's
    choice or browser, see mock_services.web), else the world's."""
    if has_request_context() and "language" in g:
        return str(g.language)
    return world.settings.language


def _t(world: World, key: str, **params: object) -> str:
    return catalogue().text(key, mail_language(world), **params)


def _mail(
    world: World, sender: str, to: str, prefix: str, link: str = "", **params: object
) -> Delivery:
    """A mail whose subject and paragraphs are ``{prefix}.subject`` and ``{prefix}.body``
    (paragraphs separated by blank lines), with an optional link under them."""
    subject = _t(world, f"{prefix}.subject", **params)
    paragraphs = _t(world, f"{prefix}.body", **params).split("\n\n")
    text = "\n\n".join(paragraphs) + (f"\n\n{link}\n" if link else "\n")
    html = "".join(f"<p>{escape(p).replace(chr(10), '<br>')}</p>" for p in paragraphs)
    if link:
        label = escape(_t(world, f"{prefix}.link"))
        html += f'<p><a href="{escape(link)}">{label}</a></p>'
    return send(world, OutgoingMail(sender, to, subject, text, html))


def send_confirmation(world: World, appointment: Appointment) -> Delivery:
    local = appointment.slot.astimezone(zone(world))
    return _mail(
        world,
        APPOINTMENTS_SENDER,
        appointment.email,
        "registration_office.mail.confirmation",
        name=appointment.name,
        office=appointment.office.name,
        address=appointment.office.address,
        date=local.strftime("%d-%m-%Y"),
        time=local.strftime("%H:%M"),
        reference=appointment.reference,
        document=_t(world, f"registration_office.documents.{appointment.document_type}"),
    )


def send_activation(world: World, name: str, email: str, link: str) -> Delivery:
    return _mail(world, KEYS_SENDER, email, "registration_office.mail.activation", link, name=name)


def send_email_code(world: World, email: str, code: str) -> Delivery:
    return _mail(world, KEYS_SENDER, email, "registration_office.mail.email_code", code=code)
