"""The SMS network's gateway: the HTTP API every sending service uses."""

from __future__ import annotations

from mock_services.systems.sms import gateway
from mock_services.systems.sms.phone_app import install_phone_look
from mock_services.web import ServiceApp, create_service_app
from mock_services.world import World

SERVICE = "sms"


def create_app(world: World) -> ServiceApp:
    # The API answers maintenance itself, in JSON, as a gateway does.
    app = create_service_app(SERVICE, world, __name__, maintenance_exempt=(gateway.API_PREFIX,))
    install_phone_look(app, world)
    app.register_blueprint(gateway.blueprint(world, SERVICE))
    return app
