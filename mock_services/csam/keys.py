"""The digital keys CSAM offers, grouped as on its key-choice page."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DigitalKey:
    id: str
    """Stable identifier, used in URLs and as the anchor name of the key's button."""
    message: str
    """Catalogue key of the button's label."""


@dataclass(frozen=True)
class KeyGroup:
    id: str
    message: str
    keys: tuple[DigitalKey, ...]


KEY_GROUPS = (
    KeyGroup(
        "partners",
        "csam.keychoice.group_partners",
        (
            DigitalKey("eid", "csam.keychoice.key_eid"),
            DigitalKey("itsme", "csam.keychoice.key_itsme"),
        ),
    ),
    KeyGroup(
        "security-code",
        "csam.keychoice.group_codes",
        (
            DigitalKey("email", "csam.keychoice.key_email"),
            DigitalKey("app", "csam.keychoice.key_app"),
            DigitalKey("token", "csam.keychoice.key_token"),
        ),
    ),
)

KEYS = {key.id: key for group in KEY_GROUPS for key in group.keys}
