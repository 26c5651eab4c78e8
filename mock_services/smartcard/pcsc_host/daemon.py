"""pcscd as a listener of the world: the one place where pcscd is started for anyone.

The world starts it with the eID software (the ``eid_middleware`` system's daemon), the
``persopoint card`` command and the card tests start it alone; all go through here.
"""

from __future__ import annotations

from mock_services.hosting.spec import ServiceStartError
from mock_services.smartcard.pcsc_host.pcscd import PcscDaemon, PcscdError

NAME = "pcscd"


class PcscdListener:
    """A lease on the project's pcscd, as a listener: start it if none runs, stop what we
    started once no one else uses it."""

    name = NAME
    url = ""

    def __init__(self, daemon: PcscDaemon | None = None) -> None:
        self.daemon = daemon or PcscDaemon()

    @property
    def running(self) -> bool:
        return self.daemon.leased

    def start(self) -> None:
        try:
            self.daemon.start()
        except PcscdError as error:
            raise ServiceStartError(f"pcscd: {error}") from error

    def stop(self) -> None:
        self.daemon.stop()
