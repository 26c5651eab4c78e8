"""Which services make up the world, in start order.

Each service gets the next loopback address (127.0.0.2, 127.0.0.3, …) in this order; add
new services at the end so that existing addresses stay where they are.
"""

from __future__ import annotations

from mock_services import bosa, control, csam, itsme, persocontact, persoselfservice
from mock_services.eid_middleware import app as eid_middleware
from mock_services.hosting import AppFactory

SERVICES: dict[str, AppFactory] = {
    "control": control.create_app,
    "bosa": bosa.create_app,
    "persoselfservice": persoselfservice.create_app,
    "persocontact": persocontact.create_app,
    "csam": csam.create_app,
    "itsme": itsme.create_app,
    "eid_middleware": eid_middleware.create_app,
}
