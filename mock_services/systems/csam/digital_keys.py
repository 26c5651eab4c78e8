"""The digital keys CSAM offers, grouped as on its key-choice page, with their assurance level."""

from __future__ import annotations

from dataclasses import dataclass

LOA_HIGH = "http://eidas.europa.eu/LoA/high"
"""eIDAS level of assurance "high": the eID card with its PIN, and itsme."""
LOA_SUBSTANTIAL = "http://eidas.europa.eu/LoA/substantial"
"""eIDAS level of assurance "substantial": security codes by e-mail, mobile app or token."""


@dataclass(frozen=True)
class DigitalKey:
    id: str
    """Stable identifier, used in URLs, as the anchor name of the key's button and in ``amr``."""
    message: str
    """Catalogue key of the button's label."""
    acr: str
    """The level of assurance CSAM vouches for in the id_token (``acr`` claim)."""


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
            DigitalKey("eid", "csam.keychoice.key_eid", LOA_HIGH),
            DigitalKey("itsme", "csam.keychoice.key_itsme", LOA_HIGH),
        ),
    ),
    KeyGroup(
        "security-code",
        "csam.keychoice.group_codes",
        (
            DigitalKey("email", "csam.keychoice.key_email", LOA_SUBSTANTIAL),
            DigitalKey("app", "csam.keychoice.key_app", LOA_SUBSTANTIAL),
            DigitalKey("token", "csam.keychoice.key_token", LOA_SUBSTANTIAL),
        ),
    ),
)

KEYS = {key.id: key for group in KEY_GROUPS for key in group.keys}
