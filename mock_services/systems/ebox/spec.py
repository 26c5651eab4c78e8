"""The eBox on socialsecurity.be, declared to the world."""

from __future__ import annotations

from mock_services.hosting.spec import SystemSpec
from mock_services.systems.ebox.app import create_app
from mock_services.systems.ebox.controls import create_controls

SPEC = SystemSpec(
    name="ebox",
    display_name="eBox",
    description="the eBox on socialsecurity.be: official documents, notified by e-mail",
    create_app=create_app,
    entry_path="/",
    controls=create_controls,
)
