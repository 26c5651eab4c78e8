"""The registration offices and their free appointment slots, on the world clock."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from mock_services.world import World

SLOT_MINUTES = 30
DAYS_AHEAD = 10
"""How many days after today the booking calendar shows."""


@dataclass(frozen=True)
class Office:
    id: str
    name: str
    street: str
    municipality: str
    weekdays: tuple[int, ...]
    """Days with appointments (Monday is 0)."""
    hours: tuple[tuple[time, time], ...]
    """Opening periods of those days, in local time."""

    @property
    def address(self) -> str:
        return f"{self.street}, {self.municipality}"


_MORNING_AND_AFTERNOON = ((time(9), time(12)), (time(13, 30), time(16)))

OFFICES = {
    office.id: office
    for office in (
        Office(
            "fod-bosa",
            "FOD BOSA",
            "Simon Bolivarlaan 30",
            "1000 Brussel",
            (0, 1, 2, 3, 4),
            _MORNING_AND_AFTERNOON,
        ),
        Office(
            "leuven",
            "Registratiekantoor Leuven (FOD Financiën)",
            "Philipssite 3A",
            "3001 Leuven",
            (1, 3),
            ((time(9), time(12)),),
        ),
        Office(
            "gent",
            "Registratiekantoor Gent (FOD Financiën)",
            "Kortrijksesteenweg 1046",
            "9051 Gent",
            (0, 2, 4),
            _MORNING_AND_AFTERNOON,
        ),
        Office(
            "namur",
            "Bureau d'enregistrement Namur (SPF Finances)",
            "Avenue des Champs Élysées 6",
            "5000 Namur",
            (1, 2),
            ((time(13, 30), time(16)),),
        ),
    )
}


def zone(world: World) -> ZoneInfo:
    return ZoneInfo(world.settings.timezone)


def today(world: World) -> date:
    return world.clock.now().astimezone(zone(world)).date()


def office_slots(world: World, office: Office) -> list[datetime]:
    """Every slot of ``office`` from tomorrow on, for ``DAYS_AHEAD`` days, in local time."""
    local = zone(world)
    first = today(world) + timedelta(days=1)
    slots: list[datetime] = []
    for offset in range(DAYS_AHEAD):
        day = first + timedelta(days=offset)
        if day.weekday() not in office.weekdays:
            continue
        for start, end in office.hours:
            moment = datetime.combine(day, start, local)
            while moment.time() < end:
                slots.append(moment)
                moment += timedelta(minutes=SLOT_MINUTES)
    return slots


def parse_slot(value: str, world: World) -> datetime | None:
    """The slot written as ``2026-03-03T09:00`` (local time), or None if it is not one."""
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    if parsed.tzinfo is not None:
        return None
    return parsed.replace(tzinfo=zone(world))


def slot_key(slot: datetime) -> str:
    return slot.strftime("%Y-%m-%dT%H:%M")
