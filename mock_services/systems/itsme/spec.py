"""itsme, declared to the world."""

from __future__ import annotations

from mock_services.hosting.spec import SystemSpec
from mock_services.oidc.provider import DISCOVERY_PATH
from mock_services.systems.itsme.app import create_app
from mock_services.systems.itsme.controls import create_controls

SPEC = SystemSpec(
    name="itsme",
    display_name="itsme",
    description="itsme: identity provider of CSAM, its pages and the app on the smartphone",
    create_app=create_app,
    entry_path=DISCOVERY_PATH,
    controls=create_controls,
)
