"""The logins of CSAM's digital keys, looked up by key id.

Each key login brings its own routes (a blueprint: its callbacks, the targets of its forms)
and answers the click on its button of the key choice (``start``); it ends, whatever the key,
in ``csam.login.complete_login``. A key of the key choice (``digital_keys.KEYS``) without an
entry in ``KEY_LOGINS`` answers 501 with ``key_unavailable.html``.

Adding a key login: a module here with a ``LOGIN`` object (see ``itsme.py``), and one more
entry in ``KEY_LOGINS``; ``csam/app.py`` does not change.
"""

from __future__ import annotations

from typing import Protocol

from flask import Blueprint
from werkzeug.wrappers import Response

from mock_services.systems.csam.keys import itsme
from mock_services.systems.csam.keys.eid import key as eid
from mock_services.systems.csam.keys.security_code import key as security_code
from mock_services.systems.csam.transactions import LoginTransaction
from mock_services.web import Rendered


class KeyLogin(Protocol):
    """One key's login at CSAM."""

    @property
    def id(self) -> str:
        """The key's id in ``digital_keys.KEYS``: its button, its URL and its ``amr``."""
        ...

    def blueprint(self) -> Blueprint:
        """The key's own routes, registered on the CSAM app (endpoints ``<key>.<view>``)."""
        ...

    def start(self, transaction: LoginTransaction) -> Response | Rendered | str:
        """The answer to a click on the key's button during ``transaction``."""
        ...


KEY_LOGINS: dict[str, KeyLogin] = {
    login.id: login
    for login in (
        eid.LOGIN,
        itsme.LOGIN,
        security_code.EMAIL,
        security_code.APP,
        security_code.TOKEN,
    )
}
"""Every key login by key id, in the order of the key choice."""
