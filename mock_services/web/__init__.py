"""What every mock service shares: the Flask app factory, the federal look, language and faults."""

from __future__ import annotations

from mock_services.web.app import Rendered, ServiceApp, create_service_app, service_app, world_of

__all__ = ["Rendered", "ServiceApp", "create_service_app", "service_app", "world_of"]
