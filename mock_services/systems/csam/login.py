"""The end of every key's login: CSAM issues the code and sends the browser back to the app.

Each key login (``csam.keys.KEY_LOGINS``) authenticates the person its own way, then calls
``complete_login(transaction_id, person, key=...)``; nothing else about the OpenID Connect
flow is the key's business.
"""

from __future__ import annotations

import threading

from flask import make_response, render_template, session
from werkzeug.wrappers import Response

from mock_services.oidc.models import Subject
from mock_services.systems.csam import transactions
from mock_services.systems.csam.digital_keys import KEYS
from mock_services.systems.csam.oidc_provider import CsamSession, csam_provider, csam_sessions
from mock_services.web import world_of
from mock_services.world.people import Person
from mock_services.world.tokens import random_token

_CLOSING = threading.Lock()
"""Two answers for one login (two tabs, a double click) close its transaction one at a time."""


def complete_login(transaction_id: str, person: Person, key: str = "eid") -> Response:
    """Log ``person`` in with ``key`` for the transaction's application.

    Starts a CSAM session (its ``sid`` goes into the id_token), closes the transaction and
    returns the redirect to the application's callback with a single-use code; a transaction
    that is unknown, expired or already completed gets the page saying so. Call it inside a
    request to the CSAM app.
    """
    world = world_of()
    with _CLOSING:
        transaction = transactions.find(world, transaction_id)
        if transaction is not None:
            transaction.completed = True
    if transaction is None:
        return make_response(render_template("unknown_transaction.html"), 400)
    digital_key = KEYS[key]
    now = world.clock.now()
    sid = random_token(world, "csam.sid", 24)
    csam_sessions(world)[sid] = CsamSession(sid, person.id, key, transaction.client_id, now)
    session["sid"] = sid
    subject = Subject(
        person=person,
        acr=digital_key.acr,
        amr=(digital_key.id,),
        auth_time=int(now.timestamp()),
        sid=sid,
    )
    return csam_provider().issue_code(transaction.params, subject)
