"""CSAM, declared to the world."""

from __future__ import annotations

from mock_services.hosting.spec import SystemSpec
from mock_services.oidc.provider import DISCOVERY_PATH
from mock_services.systems.csam.app import create_app
from mock_services.systems.csam.controls import create_controls

SPEC = SystemSpec(
    name="csam",
    display_name="CSAM",
    description="CSAM, the federal authentication service: key choice and key logins",
    create_app=create_app,
    entry_path=DISCOVERY_PATH,
    controls=create_controls,
)
