"""The e-mail that says a new document is in the eBox: a link, never the document itself."""

from __future__ import annotations

from html import escape

from mock_services.systems.ebox.activation import activations
from mock_services.systems.mail.sender import Delivery, OutgoingMail, send
from mock_services.world import World
from mock_services.world.i18n import catalogue

SENDER = "eBox <noreply@socialsecurity.be>"
SERVICE = "ebox"


def _t(world: World, key: str, **params: object) -> str:
    return catalogue().text(key, world.settings.language, **params)


def notify(world: World, national_number: str) -> Delivery | None:
    """Tell the owner of an active eBox that a document arrived; None if nobody is told."""
    activation = activations(world).of(national_number)
    if activation is None or not activation.notify:
        return None
    link = world.url(SERVICE, "/ebox")
    paragraphs = _t(world, "ebox.mail.notification.body").split("\n\n")
    text = "\n\n".join(paragraphs) + f"\n\n{link}\n"
    html = "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    html += (
        f'<p><a href="{escape(link)}">{escape(_t(world, "ebox.mail.notification.link"))}</a></p>'
    )
    subject = _t(world, "ebox.mail.notification.subject")
    return send(world, OutgoingMail(SENDER, activation.email, subject, text, html))


def send_code(world: World, email: str, code: str) -> Delivery:
    """The activation code, to the address being confirmed."""
    paragraphs = _t(world, "ebox.mail.code.body", code=code).split("\n\n")
    text = "\n\n".join(paragraphs) + "\n"
    html = "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    subject = _t(world, "ebox.mail.code.subject")
    return send(world, OutgoingMail(SENDER, email, subject, text, html))
