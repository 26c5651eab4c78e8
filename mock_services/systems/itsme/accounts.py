"""itsme accounts: a person with the app, known by mobile number, blocked after wrong codes."""

from __future__ import annotations

from dataclasses import dataclass

from mock_services.world.people import Person, by_mobile

MAX_CODE_ATTEMPTS = 3
"""Wrong itsme codes in a row after which the account is blocked."""


@dataclass
class AccountState:
    failed_attempts: int = 0
    blocked: bool = False

    @property
    def attempts_left(self) -> int:
        return max(MAX_CODE_ATTEMPTS - self.failed_attempts, 0)


def itsme_account(e164: str) -> Person | None:
    """The person whose mobile number ``e164`` has an itsme account."""
    person = by_mobile(e164)
    return person if person is not None and person.itsme else None
