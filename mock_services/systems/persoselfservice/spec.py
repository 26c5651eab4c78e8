"""PersoSelfService, declared to the world."""

from __future__ import annotations

from mock_services.hosting.spec import SystemSpec
from mock_services.systems.persoselfservice.app import create_app

SPEC = SystemSpec(
    name="persoselfservice",
    display_name="PersoSelfService",
    description="PersoSelfService (scope.belgium.be, PeopleSoft), the HR self-service",
    create_app=create_app,
)
