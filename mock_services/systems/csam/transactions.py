"""CSAM's login transactions: one validated authorization request, waiting for a key's login.

The key-choice page and each key's pages carry the transaction id (never the client id), so
that whichever key the user picks, its login ends in ``csam.login.complete_login``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from mock_services.oidc.provider import AuthorizationRequest
from mock_services.world import World
from mock_services.world.expiry import prune
from mock_services.world.tokens import random_token

TRANSACTION_LIFETIME = timedelta(minutes=30)
MAX_TRANSACTIONS = 5000
"""Open transactions kept at most; expired ones are forgotten when a new one begins."""
STATE_KEY = "csam.transactions"


@dataclass
class LoginTransaction:
    id: str
    params: dict[str, str]
    client_id: str
    client_name: str
    language: str
    created: datetime
    key_states: dict[str, str] = field(default_factory=dict)
    """The ``state`` each external key provider (itsme) was sent, by key id."""
    completed: bool = False


def _book(world: World) -> dict[str, LoginTransaction]:
    book: dict[str, LoginTransaction] = world.state(STATE_KEY, dict)
    return book


def begin(world: World, request: AuthorizationRequest, language: str) -> LoginTransaction:
    book = _book(world)
    prune(
        book,
        lambda transaction: transaction.created,
        now=world.clock.now(),
        lifetime=TRANSACTION_LIFETIME,
        room_for=MAX_TRANSACTIONS,
    )
    transaction = LoginTransaction(
        id=random_token(world, "csam.transaction", 24),
        params=request.params,
        client_id=request.client.client_id,
        client_name=request.client.name,
        language=language,
        created=world.clock.now(),
    )
    book[transaction.id] = transaction
    return transaction


def find(world: World, transaction_id: str | None) -> LoginTransaction | None:
    """The open transaction ``transaction_id``: None if unknown, completed or expired."""
    transaction = _book(world).get(transaction_id or "")
    if transaction is None or transaction.completed:
        return None
    if world.clock.now() - transaction.created >= TRANSACTION_LIFETIME:
        return None
    return transaction


def find_by_key_state(world: World, key: str, state: str | None) -> LoginTransaction | None:
    """The open transaction whose login with ``key`` was sent out with ``state``."""
    if not state:
        return None
    for transaction in _book(world).values():
        if transaction.key_states.get(key) == state:
            return find(world, transaction.id)
    return None
