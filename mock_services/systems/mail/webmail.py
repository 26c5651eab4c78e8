"""The webmail: a person's mailbox in the browser (list, open a message, follow its links).

Anyone can open any mailbox, as in a test lab: the start page lists the test persons'
mailboxes and takes any other address.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from email.utils import parseaddr
from zoneinfo import ZoneInfo

from flask import abort, redirect, render_template, request, url_for
from markupsafe import Markup
from werkzeug.wrappers import Response

from mock_services.systems.mail.html_view import safe_html
from mock_services.systems.mail.mailboxes import (
    StoredMessage,
    is_address,
    mailboxes,
    normalise_address,
)
from mock_services.web import ServiceApp, create_service_app
from mock_services.world import World
from mock_services.world.people import Person, persons

DATE_FORMAT = "%d-%m-%Y %H:%M"


@dataclass(frozen=True)
class MessageRow:
    """One line of the inbox."""

    message: StoredMessage
    sender: str
    date: str
    unread: bool


def owner(address: str) -> Person | None:
    """The test person whose e-mail address is ``address``."""
    wanted = normalise_address(address)
    return next((p for p in persons().values() if p.email.lower() == wanted), None)


def sender_name(sender: str) -> str:
    """What an inbox shows of ``From``: the display name, or else the address."""
    name, address = parseaddr(sender)
    return name or address or sender


def create_app(world: World) -> ServiceApp:
    app = create_service_app("mail", world, __name__)
    zone = ZoneInfo(world.settings.timezone)

    def local(instant: datetime) -> str:
        return instant.astimezone(zone).strftime(DATE_FORMAT)

    def mailbox_title(address: str) -> str:
        person = owner(address)
        return person.full_name if person else address

    @app.get("/")
    def index() -> str:
        return render_template("index.html", persons=persons().values(), address="", error="")

    @app.get("/mailbox")
    def open_mailbox() -> Response | tuple[str, int]:
        address = request.args.get("address", "").strip()
        if not is_address(address):
            error = "mail.index.missing" if not address else "mail.index.invalid"
            page = render_template(
                "index.html", persons=persons().values(), address=address, error=error
            )
            return page, 400
        return redirect(url_for("inbox", address=normalise_address(address)))

    @app.get("/mailbox/<address>/")
    def inbox(address: str) -> str:
        if not is_address(address):
            abort(404)
        store = mailboxes(world)
        rows = [
            MessageRow(m, sender_name(m.content.sender), local(m.date), not store.is_read(m))
            for m in reversed(store.messages(address))
        ]
        return render_template(
            "inbox.html",
            address=normalise_address(address),
            title=mailbox_title(address),
            rows=rows,
            unread=sum(row.unread for row in rows),
        )

    @app.get("/mailbox/<address>/<message_id>")
    def message(address: str, message_id: str) -> str:
        store = mailboxes(world)
        found = store.message(address, message_id)
        if found is None:
            abort(404)
        store.mark_read(found)
        view = "text" if request.args.get("view") == "text" or not found.content.html else "html"
        return render_template(
            "message.html",
            address=normalise_address(address),
            title=mailbox_title(address),
            message=found,
            sender=found.content.sender,
            date=local(found.date),
            view=view,
            body=Markup(safe_html(found.content.html)) if view == "html" else "",
        )

    return app
