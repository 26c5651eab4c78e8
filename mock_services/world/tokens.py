"""Random-looking values (codes, tokens, ids) drawn from the world's seeded streams.

Nothing a service hands out may depend on unseeded randomness: two runs of the same world
must produce the same URLs, tokens and pages.
"""

from __future__ import annotations

import string

from mock_services.world import World

URL_SAFE = string.ascii_letters + string.digits + "-_"


def random_token(world: World, purpose: str, length: int = 32, alphabet: str = URL_SAFE) -> str:
    """``length`` characters of ``alphabet`` from the world's random stream for ``purpose``."""
    stream = world.random(purpose)
    return "".join(stream.choice(alphabet) for _ in range(length))
