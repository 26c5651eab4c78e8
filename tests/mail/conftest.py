"""Helpers for the mail system's tests: the running world's SMTP address and control API."""

from __future__ import annotations

from typing import Any

import pytest
import requests

from mock_services.systems.mail.sender import smtp_address
from mock_services.world import World

AN = "an.peeters@example.be"


def smtp_of(world: World) -> tuple[str, int]:
    address = smtp_address(world)
    assert address is not None, "the world runs no SMTP server"
    return address


def messages(world: World, to: str = AN) -> list[dict[str, Any]]:
    """The mailbox of ``to`` as the control API gives it."""
    answer = requests.get(world.url("control", "/api/mail/messages"), params={"to": to}, timeout=5)
    answer.raise_for_status()
    result: list[dict[str, Any]] = answer.json()
    return result


def queued(world: World) -> int:
    answer = requests.get(world.url("control", "/api/mail/outbox"), timeout=5)
    answer.raise_for_status()
    count: int = answer.json()["queued"]
    return count


@pytest.fixture
def smtp(world: World) -> tuple[str, int]:
    """Host and port of the fresh world's SMTP server."""
    return smtp_of(world)
