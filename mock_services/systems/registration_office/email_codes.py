"""The first security code by e-mail that confirms the e-mail key: 6 digits, 10 minutes,
single use (``world.confirmation_codes``)."""

from __future__ import annotations

from mock_services.world import World
from mock_services.world.confirmation_codes import CodeCheck, ConfirmationCodes

__all__ = ["CodeCheck", "email_codes"]

STATE_KEY = "registration_office.email_codes"
PURPOSE = "registration:email-code"
"""The seeded stream the codes come from."""


def email_codes(world: World) -> ConfirmationCodes:
    return world.state(STATE_KEY, lambda: ConfirmationCodes(PURPOSE))
