"""The eID software's knobs that tests turn: whether the user's card reader is plugged in.

``fixtures/eid_reader.py`` unplugs the reader through here; the software reads the knob on
every request. Free of PC/SC: turning a knob does not load pyscard.
"""

from __future__ import annotations

from dataclasses import dataclass

from mock_services.smartcard.pcsc_host import stack
from mock_services.systems.eid_middleware.contract import SERVICE
from mock_services.world import World


@dataclass
class ReaderPort:
    """Whether the user's card reader is plugged into the PC.

    pcscd always lists vpcd's virtual readers, so unplugging is simulated here: an unplugged
    reader is left out of what PC/SC reports, exactly as if it had gone from the list.
    """

    slot: int
    plugged: bool = True

    @property
    def name(self) -> str:
        return stack.reader_name(self.slot)


def reader_port(world: World) -> ReaderPort:
    """The port of the user's reader in ``world`` (this run's card slot, plugged in)."""
    return world.state(f"{SERVICE}.reader", lambda: ReaderPort(world.settings.card_slot))
