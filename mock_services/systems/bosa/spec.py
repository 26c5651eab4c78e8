"""bosa.belgium.be, declared to the world."""

from __future__ import annotations

from mock_services.hosting.spec import SystemSpec
from mock_services.systems.bosa.app import create_app

SPEC = SystemSpec(
    name="bosa",
    display_name="BOSA",
    description="the FPS BOSA website's pages about the HR applications",
    create_app=create_app,
    entry_path="/nl/applications/persoselfservice-scope",
)
