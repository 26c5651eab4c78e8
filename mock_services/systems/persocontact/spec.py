"""PersoContact, declared to the world."""

from __future__ import annotations

from mock_services.hosting.spec import SystemSpec
from mock_services.systems.persocontact.app import create_app

SPEC = SystemSpec(
    name="persocontact",
    display_name="PersoContact",
    description="PersoContact (bosa.service-now.com/persocontact, ServiceNow), the HR portal",
    create_app=create_app,
    entry_path="/persocontact",
)
