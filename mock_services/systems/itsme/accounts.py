"""itsme accounts: a person with the app, known by mobile number, blocked after wrong codes.

The accounts of the test data (``itsme = true`` in persons.toml) exist in every world; an
account made by self-enrolment lives in the world's state, so a reset removes it. Either way
an account is the person as itsme knows them: their mobile number, itsme code and whether
they confirm with a fingerprint (or face).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from mock_services.world import World
from mock_services.world.people import Person, by_mobile, persons

MAX_CODE_ATTEMPTS = 3
"""Wrong itsme codes in a row after which the account is blocked."""
ENROLLED_KEY = "itsme.enrolled_accounts"


@dataclass
class AccountState:
    failed_attempts: int = 0
    blocked: bool = False

    @property
    def attempts_left(self) -> int:
        return max(MAX_CODE_ATTEMPTS - self.failed_attempts, 0)


class AccountExistsError(ValueError):
    """The number, or the person, has an itsme account already."""


def _enrolled(world: World) -> dict[str, Person]:
    enrolled: dict[str, Person] = world.state(ENROLLED_KEY, dict)
    return enrolled


def itsme_account(world: World, e164: str) -> Person | None:
    """The person whose mobile number ``e164`` has an itsme account."""
    enrolled = _enrolled(world).get(e164)
    if enrolled is not None:
        return enrolled
    person = by_mobile(e164)
    return person if person is not None and person.itsme else None


def has_account(world: World, national_number: str) -> bool:
    """Whether the person with ``national_number`` has an itsme account on any number."""
    if any(p.itsme and p.national_number == national_number for p in persons().values()):
        return True
    return any(p.national_number == national_number for p in _enrolled(world).values())


def open_account(
    world: World, person: Person, e164: str, itsme_code: str, fingerprint: bool
) -> Person:
    """The account made at the end of self-enrolment; refused if the number or the person
    has one already."""
    if itsme_account(world, e164) is not None:
        raise AccountExistsError(f"{e164} has an itsme account already")
    if has_account(world, person.national_number):
        raise AccountExistsError(f"{person.id} has an itsme account already")
    account = replace(
        person, mobile=e164, itsme=True, itsme_code=itsme_code, itsme_fingerprint=fingerprint
    )
    _enrolled(world)[e164] = account
    return account
