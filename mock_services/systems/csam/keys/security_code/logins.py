"""The logins in progress with a security code: who gave the right password, for which key,
and (token) which code number CSAM asked for. Per login transaction, per world."""

from __future__ import annotations

from dataclasses import dataclass

from mock_services.world import World

STATE_KEY = "csam.security_code.logins"


@dataclass
class CodeLogin:
    key: str
    national_number: str
    """The account whose username and password were given."""
    token_number: int = 0
    """The code number of the token card CSAM asks for (token key only)."""
    mail_queued: bool = False
    """The e-mail with the code waits for the mail server (e-mail key only)."""


def code_logins(world: World) -> dict[str, CodeLogin]:
    """Logins past their password, by login transaction id."""
    logins: dict[str, CodeLogin] = world.state(STATE_KEY, dict)
    return logins
