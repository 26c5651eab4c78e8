"""Activation links: single use, valid seven days on the world clock."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from mock_services.world import World
from mock_services.world.tokens import random_token

STATE_KEY = "registration_office.activation_links"
VALIDITY = timedelta(days=7)


class LinkState(StrEnum):
    VALID = "valid"
    UNKNOWN = "unknown"
    EXPIRED = "expired"
    USED = "used"


@dataclass
class ActivationLink:
    token: str
    national_number: str
    expires: datetime
    used: bool = False

    def state(self, now: datetime) -> LinkState:
        if self.used:
            return LinkState.USED
        if now >= self.expires:
            return LinkState.EXPIRED
        return LinkState.VALID


class ActivationLinks:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._links: dict[str, ActivationLink] = {}

    def issue(self, world: World, national_number: str) -> ActivationLink:
        """A new link for the keys of ``national_number``; earlier unused ones stop working."""
        with self._lock:
            for link in self._links.values():
                if link.national_number == national_number:
                    link.used = True
            token = random_token(world, "registration:activation", 32)
            link = ActivationLink(token, national_number, world.clock.now() + VALIDITY)
            self._links[token] = link
            return link

    def state(self, world: World, token: str) -> tuple[LinkState, ActivationLink | None]:
        with self._lock:
            link = self._links.get(token)
        if link is None:
            return LinkState.UNKNOWN, None
        return link.state(world.clock.now()), link

    def use(self, link: ActivationLink) -> None:
        with self._lock:
            link.used = True


def activation_links(world: World) -> ActivationLinks:
    return world.state(STATE_KEY, ActivationLinks)
