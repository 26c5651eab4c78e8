"""The person's mailbox, read through the mail system's control API."""

from __future__ import annotations

import re
from typing import Any

from mock_services.control.client import WorldClient
from mock_services.world import World

CODE = re.compile(r"\b\d{6}\b")


def mailbox(world: World, address: str) -> list[dict[str, Any]]:
    """The messages to ``address``, newest last."""
    answer: list[dict[str, Any]] = WorldClient(world.url("control")).call(
        "GET", f"/api/mail/messages?to={address}"
    )
    return answer


def latest_code(world: World, address: str) -> str:
    """The 6-digit security code of the newest e-mail to ``address``."""
    messages = mailbox(world, address)
    if not messages:
        raise AssertionError(f"no e-mail arrived for {address}")
    found = CODE.search(messages[-1]["text"])
    if found is None:
        raise AssertionError(f"the newest e-mail to {address} holds no security code")
    return found.group()
