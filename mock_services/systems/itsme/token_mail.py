"""Step 4 by e-mail: itsme also sends the identification token to the address given in step 2.

Through the world's mail system (SMTP). When the mail server is down the message waits in
the outbox and the token page says so; the token on the page is enough to go on either way.
"""

from __future__ import annotations

import logging
from html import escape
from zoneinfo import ZoneInfo

from mock_services.systems.itsme.enrolment import Enrolment
from mock_services.systems.mail.sender import Delivery, MailRefusedError, OutgoingMail, send
from mock_services.world import World
from mock_services.world.i18n import catalogue

SENDER = "itsme <noreply@itsme.be>"

log = logging.getLogger(__name__)


def send_token(world: World, enrolment: Enrolment) -> Delivery | None:
    """Mail ``enrolment``'s token; None when the server refused the address for good."""
    expires = enrolment.token_expires
    if expires is None:  # no token issued yet: nothing to send
        return None
    local = expires.astimezone(ZoneInfo(world.settings.timezone))

    def text(key: str) -> str:
        return catalogue().text(
            key,
            enrolment.language,
            token=enrolment.token,
            time=f"{local:%H:%M}",
        )

    paragraphs = text("itsme.token_mail.body").split("\n\n")
    body = "\n\n".join(paragraphs) + "\n"
    html = "".join(f"<p>{escape(paragraph)}</p>" for paragraph in paragraphs)
    try:
        return send(
            world,
            OutgoingMail(SENDER, enrolment.email, text("itsme.token_mail.subject"), body, html),
        )
    except MailRefusedError as refused:
        log.info("the token mail for enrolment %s was refused: %s", enrolment.id, refused)
        return None
