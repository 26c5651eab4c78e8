"""The registration office's console for its agent, declared to the world."""

from __future__ import annotations

from mock_services.hosting.spec import SystemSpec
from mock_services.systems.office_console.app import create_app

SPEC = SystemSpec(
    name="office_console",
    display_name="Loket van het registratiekantoor",
    description="the registration office's console: identity check and creation of the keys",
    create_app=create_app,
    entry_path="/",
)
