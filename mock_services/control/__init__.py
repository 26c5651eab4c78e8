"""The world's control API: what tests and the CLI use to steer the simulated world."""

from __future__ import annotations

from mock_services.control.api import create_app
from mock_services.control.client import WorldClient, WorldControlError

__all__ = ["WorldClient", "WorldControlError", "create_app"]
