from __future__ import annotations

import re

from mock_services.systems.itsme.identification_tokens import TokenMatch, compare, new_token
from mock_services.world import World

FORMAT = re.compile(r"[A-Za-z2-9]{3}-[A-Za-z2-9]{3}-[A-Za-z2-9]{2}")


def test_tokens_have_capitals_and_punctuation_and_follow_the_seed() -> None:
    tokens = [new_token(World()) for _ in range(3)]
    assert len(set(tokens)) == 1  # every fresh world draws the same first token
    world = World()
    drawn = [new_token(world) for _ in range(50)]
    assert all(FORMAT.fullmatch(token) for token in drawn)
    assert any(char.isupper() for token in drawn for char in token)
    assert not set("0O1Il").intersection("".join(drawn))


def test_only_the_exact_token_matches() -> None:
    assert compare("K7r-M2q-X9", "K7r-M2q-X9") is TokenMatch.EXACT
    assert compare("K7r-M2q-X9", "  K7r-M2q-X9 ") is TokenMatch.EXACT
    assert compare("K7r-M2q-X9", "k7r-m2q-x9") is TokenMatch.NEAR_MISS
    assert compare("K7r-M2q-X9", "K7R-M2Q-X9") is TokenMatch.NEAR_MISS
    assert compare("K7r-M2q-X9", "K7rM2qX9") is TokenMatch.NEAR_MISS
    assert compare("K7r-M2q-X9", "K7r-M2q-X8") is TokenMatch.WRONG
    assert compare("K7r-M2q-X9", "") is TokenMatch.WRONG
