"""PersoContact (bosa.service-now.com/persocontact, ServiceNow): the HR contact portal."""

from __future__ import annotations

from mock_services.persocontact.app import create_app

__all__ = ["create_app"]
