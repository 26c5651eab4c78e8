"""Who may send through the gateway: clients with an API key, agreed out of band.

As with OIDC client secrets (``mock_services/oidc/secrets.py``), each key is derived from
the world's seed, so the gateway and its client know it without exchanging it.
"""

from __future__ import annotations

import hmac

from mock_services.world import World

CLIENTS = ("itsme",)
"""The services with an account at the SMS gateway."""


def api_key(world: World, client_id: str) -> str:
    return world.secret(f"sms:api-key:{client_id}").hex()


def authenticated_client(world: World, client_id: str, key: str) -> str | None:
    """``client_id`` if ``key`` is its API key, else None."""
    if client_id not in CLIENTS:
        return None
    if not hmac.compare_digest(key.encode(), api_key(world, client_id).encode()):
        return None
    return client_id
