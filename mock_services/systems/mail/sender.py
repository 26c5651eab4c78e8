"""How every service sends e-mail: proper MIME, through SMTP, to the world's mail server.

There is no in-process shortcut: a message goes over ``smtplib`` to the ``mail_smtp``
listener like mail from a real application. When that server is down or refuses mail for
now (a 4xx reply such as 421), the message waits in the outbox and the caller hears that it
is queued, so its page can say so (catalogue key ``QUEUED_MESSAGE``). The outbox goes out,
in order and once, as soon as the server takes mail again: when its listener starts again,
or before the next message anyone sends.
"""

from __future__ import annotations

import logging
import smtplib
import string
from dataclasses import dataclass
from email.message import EmailMessage
from email.policy import SMTP as SMTP_POLICY
from email.utils import format_datetime, parseaddr
from enum import StrEnum
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from mock_services.systems.mail.outbox import QueuedMail, outbox
from mock_services.world import World
from mock_services.world.tokens import seeded_token

SMTP_SERVICE = "mail_smtp"
"""The SMTP listener's name: its ``smtp://host:port`` is ``world.urls[SMTP_SERVICE]``."""
QUEUED_MESSAGE = "mail.sender.queued"
"""Catalogue key of what a page tells a person whose e-mail is queued."""
TIMEOUT_SECONDS = 10.0
_MESSAGE_ID_ALPHABET = string.ascii_lowercase + string.digits

log = logging.getLogger(__name__)


class Delivery(StrEnum):
    SENT = "sent"
    """The mail server accepted the message."""
    QUEUED = "queued"
    """The mail server is unavailable; the message waits in the outbox."""


class MailRefusedError(RuntimeError):
    """The mail server refused the message for good (a 5xx reply): the message is wrong."""


@dataclass(frozen=True)
class OutgoingMail:
    sender: str
    """``From``: an address, with a display name if wanted (``CSAM <noreply@csam.be>``)."""
    to: str
    """The recipient's address."""
    subject: str
    text: str
    """The plain-text body; every message has one."""
    html: str = ""
    """The HTML alternative of ``text``, if any."""


def compose(world: World, mail: OutgoingMail) -> EmailMessage:
    """The MIME message: text (and HTML) alternatives, dated by the world clock.

    The ``Message-ID`` and the MIME boundary come from the world's seeded random streams, so
    that the same run sends the same bytes.
    """
    domain = _domain(mail.sender)
    message = EmailMessage()
    message["From"] = mail.sender
    message["To"] = mail.to
    message["Subject"] = mail.subject
    local_now = world.clock.now().astimezone(ZoneInfo(world.settings.timezone))
    message["Date"] = format_datetime(local_now)
    token = seeded_token(world, "mail:message-id", 24, _MESSAGE_ID_ALPHABET)
    message["Message-ID"] = f"<{token}@{domain}>"
    message.set_content(mail.text)
    if mail.html:
        message.add_alternative(mail.html, subtype="html")
        # The standard library draws the MIME boundary from unseeded randomness.
        boundary = seeded_token(world, "mail:boundary", 24, _MESSAGE_ID_ALPHABET)
        message.set_boundary(f"=_{boundary}")
    return message


def send(world: World, mail: OutgoingMail) -> Delivery:
    """Send ``mail`` through the world's SMTP server, or queue it if the server is away.

    Whatever waits in the outbox goes first, so mail arrives in the order it was sent.
    Raises MailRefusedError if the server refuses the message itself.
    """
    message = compose(world, mail)
    queued = QueuedMail(
        envelope_from=parseaddr(mail.sender)[1],
        recipients=(parseaddr(mail.to)[1],),
        data=message.as_bytes(policy=SMTP_POLICY),
    )
    waiting = outbox(world)
    address = smtp_address(world)
    if address is not None:
        deliver_outbox(world, address)
        if not len(waiting):
            try:
                if _transmit(address, queued):
                    return Delivery.SENT
            except _PermanentRefusal as refusal:
                raise MailRefusedError(str(refusal)) from None
    waiting.put(queued)
    return Delivery.QUEUED


def deliver_outbox(world: World, address: tuple[str, int] | None = None) -> int:
    """Hand the outbox to the SMTP server at ``address`` (default: the world's).

    Returns how many messages left the outbox. A queued message the server refuses for good
    cannot be sent ever; it is dropped with a warning in the log.
    """
    address = address or smtp_address(world)
    if address is None:
        return 0

    def transmit(mail: QueuedMail) -> bool:
        try:
            return _transmit(address, mail)
        except _PermanentRefusal as refusal:
            log.warning("a queued e-mail to %s was refused: %s", mail.recipients, refusal)
            return True

    return outbox(world).deliver(transmit)


def smtp_address(world: World) -> tuple[str, int] | None:
    """Host and port of the world's SMTP server, or None if the world has none."""
    url = world.urls.get(SMTP_SERVICE)
    if url is None:
        return None
    parts = urlsplit(url)
    if parts.hostname is None or parts.port is None:
        raise ValueError(f"{SMTP_SERVICE} has no host and port: {url!r}")
    return parts.hostname, parts.port


class _PermanentRefusal(Exception):
    pass


def _transmit(address: tuple[str, int], mail: QueuedMail) -> bool:
    """Send one message; False if the server cannot take it now (down, or a 4xx reply)."""
    host, port = address
    try:
        with smtplib.SMTP(
            host, port, local_hostname=_domain(mail.envelope_from), timeout=TIMEOUT_SECONDS
        ) as client:
            client.sendmail(mail.envelope_from, list(mail.recipients), mail.data)
    except smtplib.SMTPRecipientsRefused as refused:
        codes = [code for code, _ in refused.recipients.values()]
        if all(400 <= code < 500 for code in codes):
            return False
        raise _PermanentRefusal(str(refused.recipients)) from None
    except smtplib.SMTPResponseException as error:
        if 400 <= error.smtp_code < 500:
            return False
        raise _PermanentRefusal(f"{error.smtp_code} {error.smtp_error!r}") from None
    except OSError:
        # Connection refused or lost (smtplib's own errors are OSErrors too).
        return False
    return True


def _domain(address: str) -> str:
    return parseaddr(address)[1].rpartition("@")[2] or "localhost"
