"""The world's SMTP server (aiosmtpd): receives every message into the recipients' mailboxes.

It listens on the mail system's loopback address and a free port, advertises a ``SIZE``
limit and refuses what SMTP says to refuse (aiosmtpd's own checks: 503 for commands out of
sequence, 552 for a message over the limit, 501/500 for bad syntax). While the mail system
is in maintenance it greets every connection with ``421`` and closes it. Whenever it starts
(again), it first delivers the senders' outbox.
"""

from __future__ import annotations

import logging
import socket
from typing import Any
from zoneinfo import ZoneInfo

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, Envelope, Session

from mock_services.hosting.spec import ServiceStartError
from mock_services.systems.mail.mailboxes import is_address, mailboxes
from mock_services.systems.mail.parsing import parse
from mock_services.systems.mail.sender import SMTP_SERVICE, deliver_outbox
from mock_services.world import World
from mock_services.world.faults import Fault

SYSTEM = "mail"
SIZE_LIMIT = 1_048_576
"""Largest message accepted, in bytes (advertised as ``SIZE`` in the EHLO reply)."""
SERVER_NAME = "mail.persopoint.test"
READY_TIMEOUT_SECONDS = 10.0

# aiosmtpd logs every connection at INFO; a normal run's log keeps warnings only.
logging.getLogger("mail.log").setLevel(logging.WARNING)


def in_maintenance(world: World) -> bool:
    """Whether the mail system, or its SMTP listener alone, is in maintenance."""
    return Fault.MAINTENANCE in (world.faults.get(SYSTEM), world.faults.get(SMTP_SERVICE))


class MailboxHandler:
    """aiosmtpd's handler: checks the envelope's addresses, then puts each accepted message
    in its recipients' mailboxes."""

    def __init__(self, world: World) -> None:
        self.world = world

    async def handle_MAIL(
        self, server: SMTP, session: Session, envelope: Envelope, address: str, options: list[str]
    ) -> str:
        # The null reverse-path <> is allowed (RFC 5321 4.5.5: bounces are sent from it).
        if address and not is_address(address):
            return "553 5.1.7 Error: the sender is not an e-mail address"
        envelope.mail_from = address
        envelope.mail_options.extend(options)
        return "250 OK"

    async def handle_RCPT(
        self, server: SMTP, session: Session, envelope: Envelope, address: str, options: list[str]
    ) -> str:
        if not is_address(address):
            return "553 5.1.3 Error: the recipient is not an e-mail address"
        envelope.rcpt_tos.append(address)
        envelope.rcpt_options.extend(options)
        return "250 OK"

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        raw = envelope.original_content or b""
        content = parse(raw)
        received = self.world.clock.now().astimezone(ZoneInfo(self.world.settings.timezone))
        mailboxes(self.world).deliver(list(envelope.rcpt_tos), content, raw, received)
        return "250 2.0.0 Message accepted for delivery"


class WorldSMTP(SMTP):
    """aiosmtpd's SMTP session, which first asks whether the mail system is in maintenance."""

    def __init__(self, handler: MailboxHandler, **kwargs: Any) -> None:
        super().__init__(handler, **kwargs)
        self.world = handler.world

    async def _handle_client(self) -> None:
        if in_maintenance(self.world):
            await self.push(f"421 4.3.2 {self.hostname} Service not available, try again later")
            if self.transport is not None:
                self.transport.close()
            return
        await super()._handle_client()


class _BoundController(Controller):
    """aiosmtpd's threaded controller, serving a socket we bound (so port 0 works)."""

    def __init__(self, handler: MailboxHandler, sock: socket.socket) -> None:
        host, port = sock.getsockname()[:2]
        super().__init__(
            handler,
            hostname=host,
            port=port,
            ready_timeout=READY_TIMEOUT_SECONDS,
            server_hostname=SERVER_NAME,
            data_size_limit=SIZE_LIMIT,
        )
        self._socket = sock

    def factory(self) -> SMTP:
        return WorldSMTP(self.handler, **self.SMTP_kwargs)

    def _create_server(self) -> Any:
        return self.loop.create_server(self._factory_invoker, sock=self._socket)


class SmtpListener:
    """The SMTP server as a listener of the world: stopped by ``down``, back on the same port."""

    name = SMTP_SERVICE

    def __init__(self, world: World, host: str, port: int = 0) -> None:
        self.world = world
        self.host = host
        self.port = port
        self._controller: _BoundController | None = None
        world.faults.subscribe(self._on_fault)

    @property
    def url(self) -> str:
        return f"smtp://{self.host}:{self.port}"

    @property
    def running(self) -> bool:
        return self._controller is not None

    def start(self) -> None:
        if self._controller is not None:
            return
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((self.host, self.port))
        except OSError as error:
            sock.close()
            raise ServiceStartError(
                f"{self.name} cannot listen on {self.host}:{self.port}: {error}"
            ) from error
        self.port = sock.getsockname()[1]
        controller = _BoundController(MailboxHandler(self.world), sock)
        try:
            controller.start()
        except (OSError, TimeoutError, RuntimeError) as error:
            controller.stop(no_assert=True)
            raise ServiceStartError(f"{self.name} did not start: {error}") from error
        self._controller = controller
        deliver_outbox(self.world, (self.host, self.port))

    def stop(self) -> None:
        controller, self._controller = self._controller, None
        if controller is not None:
            controller.stop()

    def _on_fault(self, service: str, fault: Fault | None) -> None:
        """The end of maintenance: the outbox can go out (a restart after ``down`` does it
        in ``start``)."""
        if service in (SYSTEM, SMTP_SERVICE) and fault is None and self.running:
            deliver_outbox(self.world, (self.host, self.port))
