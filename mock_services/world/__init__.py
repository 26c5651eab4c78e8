"""The world every service shares: its settings, clock, faults, randomness, people and texts.

``World`` and ``WorldSettings`` are re-exported here, so ``from mock_services.world import
World`` is all most modules need.
"""

from __future__ import annotations

from mock_services.world.world import (
    DEFAULT_SEED,
    DEFAULT_START,
    UnknownServiceError,
    World,
    WorldSettings,
)

__all__ = ["DEFAULT_SEED", "DEFAULT_START", "UnknownServiceError", "World", "WorldSettings"]
