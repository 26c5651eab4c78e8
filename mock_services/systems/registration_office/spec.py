"""The registration offices' public site, declared to the world."""

from __future__ import annotations

from mock_services.hosting.spec import SystemSpec
from mock_services.systems.registration_office.app import create_app

SPEC = SystemSpec(
    name="registration_office",
    display_name="Registratiekantoor",
    description="the registration offices: appointments, and the activation of digital keys",
    create_app=create_app,
    entry_path="/",
)
