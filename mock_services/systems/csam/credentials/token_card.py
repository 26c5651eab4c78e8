"""A personal token card: 24 numbered codes; CSAM asks for the code of one number."""

from __future__ import annotations

from mock_services.world import World

CODES = 24
CODE_DIGITS = 6


def new_card(world: World) -> tuple[str, ...]:
    """24 distinct codes of 6 digits, code number n at index n - 1."""
    stream = world.random("csam:token-card")
    codes: list[str] = []
    while len(codes) < CODES:
        code = f"{stream.randrange(10**CODE_DIGITS):0{CODE_DIGITS}d}"
        if code not in codes:
            codes.append(code)
    return tuple(codes)


def pick_number(world: World) -> int:
    """The code number CSAM asks for, from the world's seeded stream (1 to 24)."""
    return world.random("csam:token-challenge").randint(1, CODES)


def verify(codes: tuple[str, ...], number: int, code: str) -> bool:
    """Whether ``code`` is code number ``number`` of the card ``codes``."""
    return 1 <= number <= len(codes) and code.strip() == codes[number - 1]
