"""itsme's side of an authorization request: who asks (CSAM, on behalf of which application)
and which request the user's phone answers it with."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from mock_services.oidc.provider import AuthorizationRequest
from mock_services.systems.itsme.contract import ON_BEHALF_OF
from mock_services.world import World
from mock_services.world.expiry import prune
from mock_services.world.tokens import random_token

AUTHORIZATION_LIFETIME = timedelta(minutes=15)
MAX_AUTHORIZATIONS = 5000
"""Authorizations kept at most; expired ones are forgotten when a new one begins."""
STATE_KEY = "itsme.authorizations"
MAX_LABEL_LENGTH = 60


@dataclass
class Authorization:
    id: str
    params: dict[str, str]
    client_name: str
    on_behalf_of: str
    language: str
    created: datetime
    phone: str = ""
    """The number last entered, to fill in the form again after an error."""

    @property
    def scopes(self) -> tuple[str, ...]:
        return tuple(self.params.get("scope", "").split())

    @property
    def requester(self) -> str:
        """Who asks, as the app shows it: "PersoSelfService via CSAM", or just "CSAM"."""
        if self.on_behalf_of:
            return f"{self.on_behalf_of} via {self.client_name}"
        return self.client_name


def _book(world: World) -> dict[str, Authorization]:
    book: dict[str, Authorization] = world.state(STATE_KEY, dict)
    return book


def _label(value: str | None) -> str:
    text = " ".join((value or "").split())
    return text[:MAX_LABEL_LENGTH] if text.isprintable() else ""


def begin(world: World, request: AuthorizationRequest, language: str) -> Authorization:
    book = _book(world)
    prune(
        book,
        lambda authorization: authorization.created,
        now=world.clock.now(),
        lifetime=AUTHORIZATION_LIFETIME,
        room_for=MAX_AUTHORIZATIONS,
    )
    authorization = Authorization(
        id=random_token(world, "itsme.authorization", 24),
        params=request.params,
        client_name=request.client.name,
        on_behalf_of=_label(request.params.get(ON_BEHALF_OF)),
        language=language,
        created=world.clock.now(),
    )
    book[authorization.id] = authorization
    return authorization


def find(world: World, authorization_id: str) -> Authorization | None:
    authorization = _book(world).get(authorization_id)
    if authorization is None:
        return None
    if world.clock.now() - authorization.created >= AUTHORIZATION_LIFETIME:
        return None
    return authorization
