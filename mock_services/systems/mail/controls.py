"""The mail system's knobs on the control API: read and empty the mailboxes."""

from __future__ import annotations

from flask import Blueprint, request
from werkzeug.exceptions import BadRequest

from mock_services.systems.mail.mailboxes import MessageJson, is_address, mailboxes
from mock_services.systems.mail.outbox import outbox
from mock_services.world import World


def create_controls(world: World) -> Blueprint:
    controls = Blueprint("mail_controls", __name__, url_prefix="/api/mail")

    @controls.get("/messages")
    def messages() -> list[MessageJson]:
        """``?to=ADDRESS``: that mailbox's messages, newest last."""
        address = request.args.get("to")
        if address is None or not address.strip():
            raise BadRequest("give the mailbox as ?to=ADDRESS (an e-mail address)")
        if not is_address(address):
            raise BadRequest(f"'to' must be an e-mail address like an@example.be, not {address!r}")
        return [message.to_json() for message in mailboxes(world).messages(address)]

    @controls.delete("/messages")
    def empty() -> dict[str, int]:
        return {"deleted": mailboxes(world).empty()}

    @controls.get("/outbox")
    def waiting() -> dict[str, int]:
        """How many messages wait for the SMTP server to come back."""
        return {"queued": len(outbox(world))}

    return controls
