"""Client secrets, agreed between a provider and its client out of band (here: derived)."""

from __future__ import annotations

from mock_services.world import World


def client_secret(world: World, provider: str, client_id: str) -> str:
    """The secret of ``client_id`` at ``provider``: the same on both sides, per world seed."""
    return world.secret(f"{provider}:client-secret:{client_id}").hex()
