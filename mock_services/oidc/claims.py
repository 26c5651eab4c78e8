"""The identity claims a provider of the world vouches for: an opaque ``sub``, the name, and
the national number under the provider's own scope and claim name.

CSAM and itsme differ only in those names (CSAM: scope and claim ``national_number``; itsme:
scope ``eid`` and its ``BENationalNumber`` claim) and in the secret behind ``sub``.
"""

from __future__ import annotations

import hashlib
import hmac
from typing import Any

from mock_services.oidc.models import Subject
from mock_services.oidc.provider import ClaimsFactory
from mock_services.world import World
from mock_services.world.people import Person

SUBJECT_LENGTH = 32
"""Hex digits of ``sub``: 128 bits of an HMAC-SHA256."""


def subject_identifier(world: World, provider: str, national_number: str) -> str:
    """A stable, opaque ``sub`` for a person at ``provider``; never the national number itself.

    The same for every client of that provider (OpenID Connect's "public" subject type) and
    different between providers, since each keys the HMAC with its own secret.
    """
    key = world.secret(f"{provider}:subject")
    digest = hmac.new(key, national_number.encode(), hashlib.sha256).hexdigest()
    return digest[:SUBJECT_LENGTH]


def profile_claims(person: Person) -> dict[str, Any]:
    """The standard claims of the ``profile`` scope that the world knows of a person."""
    return {
        "given_name": person.given_names,
        "family_name": person.surname,
        "name": person.full_name,
    }


def person_claims(
    world: World, provider: str, *, national_number_scope: str, national_number_claim: str
) -> ClaimsFactory:
    """The claims of ``provider`` about a subject for a granted scope (id_token and userinfo)."""

    def claims(subject: Subject, scope: str) -> dict[str, Any]:
        person = subject.person
        scopes = scope.split()
        found: dict[str, Any] = {"sub": subject_identifier(world, provider, person.national_number)}
        if "profile" in scopes:
            found |= profile_claims(person)
        if national_number_scope in scopes:
            found[national_number_claim] = person.national_number
        return found

    return claims
