"""The eID software on the user's PC, declared to the world, with the PC's pcscd."""

from __future__ import annotations

from mock_services.hosting.spec import DaemonSpec, SystemSpec
from mock_services.smartcard.pcsc_host.daemon import NAME as PCSCD
from mock_services.smartcard.pcsc_host.daemon import PcscdListener
from mock_services.systems.eid_middleware.app import create_app

SPEC = SystemSpec(
    name="eid_middleware",
    display_name="eID-software",
    description="the eID software on the user's PC, reading the card through PC/SC",
    create_app=create_app,
    entry_path="/_health",
    # Without pcscd the world still runs; only the eID login says there is no reader.
    daemons=(DaemonSpec(PCSCD, lambda world, host: PcscdListener(), optional=True),),
)
