"""PersoSelfService (scope.belgium.be, PeopleSoft): the HR self-service of federal staff."""

from __future__ import annotations

from mock_services.persoselfservice.app import create_app

__all__ = ["create_app"]
