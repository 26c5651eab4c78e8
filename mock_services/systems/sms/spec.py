"""The SMS network, declared to the world: its gateway, and the phone's messages app."""

from __future__ import annotations

from mock_services.hosting.http import ServiceServer
from mock_services.hosting.spec import DaemonSpec, SystemSpec
from mock_services.systems.sms import phone_app
from mock_services.systems.sms.app import create_app
from mock_services.systems.sms.controls import create_controls

SPEC = SystemSpec(
    name="sms",
    display_name="sms-netwerk",
    description="the SMS network: a gateway that takes every SMS, and the phone's messages app",
    create_app=create_app,
    entry_path="/_health",
    # The phone keeps showing what it received when the network is down (no system faults).
    daemons=(
        DaemonSpec(
            phone_app.SERVICE,
            lambda world, host: ServiceServer(phone_app.SERVICE, phone_app.create_app(world), host),
        ),
    ),
    controls=create_controls,
)
