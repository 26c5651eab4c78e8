"""The e-mail with a security code, sent through the world's SMTP server."""

from __future__ import annotations

from html import escape

from mock_services.systems.mail.sender import Delivery, OutgoingMail, send
from mock_services.world import World
from mock_services.world.i18n import catalogue

SENDER = "CSAM <noreply@csam.belgium.be>"


def send_code(world: World, language: str, email: str, code: str) -> Delivery:
    """Send ``code`` to ``email`` in ``language``; QUEUED if the mail server is away."""
    texts = catalogue()
    subject = texts.text("csam.code_mail.subject", language)
    paragraphs = texts.text("csam.code_mail.body", language, code=code).split("\n\n")
    html = "".join(f"<p>{escape(paragraph)}</p>" for paragraph in paragraphs)
    return send(world, OutgoingMail(SENDER, email, subject, "\n\n".join(paragraphs) + "\n", html))
