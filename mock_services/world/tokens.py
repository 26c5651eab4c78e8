"""Random-looking values (tokens, ids, codes) for the services.

``random_token`` is for values nobody sees (access tokens, codes, ``state``, session and
transaction ids): unpredictable, unless the world is set to reproducible secrets.
``seeded_token`` is for values a person sees (a code on a screen, anything a screenshot
shows): drawn from the world's seeded streams, so two runs of the same world show the same
pages.
"""

from __future__ import annotations

import random
import string

from mock_services.world import World

URL_SAFE = string.ascii_letters + string.digits + "-_"


def _token(stream: random.Random, length: int, alphabet: str) -> str:
    return "".join(stream.choice(alphabet) for _ in range(length))


def random_token(world: World, purpose: str, length: int = 32, alphabet: str = URL_SAFE) -> str:
    """``length`` characters of ``alphabet`` nobody can predict (see ``World.secret_random``)."""
    return _token(world.secret_random(purpose), length, alphabet)


def seeded_token(world: World, purpose: str, length: int = 32, alphabet: str = URL_SAFE) -> str:
    """``length`` characters of ``alphabet`` from the world's seeded stream for ``purpose``."""
    return _token(world.random(purpose), length, alphabet)
