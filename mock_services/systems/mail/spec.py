"""The user's mailbox, declared to the world: the webmail and the SMTP server."""

from __future__ import annotations

from mock_services.hosting.spec import DaemonSpec, SystemSpec
from mock_services.systems.mail.controls import create_controls
from mock_services.systems.mail.sender import SMTP_SERVICE
from mock_services.systems.mail.smtp import SmtpListener
from mock_services.systems.mail.webmail import create_app

SPEC = SystemSpec(
    name="mail",
    display_name="Mailbox",
    description="the user's mailbox: an SMTP server that keeps every message, and a webmail",
    create_app=create_app,
    entry_path="/",
    daemons=(
        DaemonSpec(
            SMTP_SERVICE,
            SmtpListener,
            follows_system_faults=True,
        ),
    ),
    controls=create_controls,
)
