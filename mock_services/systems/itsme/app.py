"""itsme: its OpenID Connect provider, its login pages on the computer, and its app."""

from __future__ import annotations

from mock_services.systems.itsme import (
    app_enrolment_views,
    app_store_views,
    app_views,
    web_views,
)
from mock_services.systems.itsme.provider import create_provider
from mock_services.web import ServiceApp, create_service_app
from mock_services.world import World


def create_app(world: World) -> ServiceApp:
    app = create_service_app("itsme", world, __name__)
    provider = create_provider(world)
    provider.register_routes(app)
    web_views.register(app, world, provider)
    app_views.register(app, world)
    app_enrolment_views.register(app, world)
    app_store_views.register(app)
    return app
