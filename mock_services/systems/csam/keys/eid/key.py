"""The eID key: a challenge signed by the card, checked by CSAM, then ``complete_login``.

"AANMELDEN met eID kaartlezer" shows the page that asks to insert the card; its button
issues a single-use challenge bound to this login and sends the browser to the eID
software, which answers (signature and certificate, or what went wrong) with a form POST
to the callback. CSAM verifies the signature, the certificate chain, its validity at the
world's time and its revocation, and takes the national number from the certificate.
"""

from __future__ import annotations

import base64
import binascii
from urllib.parse import urlencode

from flask import Blueprint, g, redirect, render_template, request, url_for
from werkzeug.wrappers import Response

from mock_services.smartcard.eid_verification import world_trust_anchors
from mock_services.systems.csam import transactions
from mock_services.systems.csam.keys.eid.challenges import ChallengeError, ChallengeStore
from mock_services.systems.csam.keys.eid.verification import (
    CertificateExpiredError,
    CertificateNotYetValidError,
    CertificateRevokedError,
    EidVerificationError,
    RevocationUnknownError,
    load_certificate,
    verify_login,
)
from mock_services.systems.csam.login import complete_login
from mock_services.systems.eid_middleware.contract import SERVICE, SIGN_PATH, Outcome
from mock_services.web import Rendered, world_of
from mock_services.world import World
from mock_services.world.people import by_national_number
from mock_services.world.tokens import random_token

KEY = "eid"
START_PATH = "/fas/eid/start"
CALLBACK_PATH = "/fas/eid/callback"
NONCE_BYTES = 32

routes = Blueprint("eid", __name__)
"""The eID key's own routes: the button of its start page and the eID software's answer."""

SOFTWARE_OUTCOMES = frozenset(outcome.value for outcome in Outcome)
"""What the eID software may report; CSAM explains each (messages csam.eid_failed.<reason>)."""


def _challenges(world: World) -> ChallengeStore:
    return world.state("csam.eid.challenges", ChallengeStore)


def _failed(transaction: transactions.LoginTransaction, reason: str) -> Rendered:
    """CSAM's explanation; an answer it cannot trust is a bad request, the rest are not."""
    status = 400 if reason == "invalid" else 200
    return render_template("eid_failed.html", transaction=transaction, reason=reason), status


def _reason(error: EidVerificationError) -> str:
    if isinstance(error, CertificateExpiredError | CertificateNotYetValidError):
        return "expired"
    if isinstance(error, CertificateRevokedError):
        return "revoked"
    if isinstance(error, RevocationUnknownError):
        return "revocation_unknown"
    return "invalid"


@routes.post(START_PATH)
def begin_signing() -> Response | Rendered:
    world = world_of()
    transaction = transactions.find(world, request.args.get("tx"))
    if transaction is None:
        return render_template("unknown_transaction.html"), 400
    nonce = world.secret_random("csam.eid.nonce").randbytes(NONCE_BYTES)
    challenge = _challenges(world).issue(
        transaction.id, random_token(world, "csam.eid.challenge", 16), nonce, world.clock.now()
    )
    query = urlencode(
        {
            "login": transaction.id,
            "challenge": challenge.id,
            "nonce": nonce.hex(),
            "return_to": url_for(".callback", _external=True),
            "lang": transaction.language,
        }
    )
    return redirect(world.url(SERVICE, f"{SIGN_PATH}?{query}"))


@routes.post(CALLBACK_PATH)
def callback() -> Response | Rendered:
    world = world_of()
    form = request.form
    transaction = transactions.find(world, form.get("login"))
    if transaction is None:
        return render_template("unknown_transaction.html"), 400
    g.language = transaction.language
    if "error" in form:
        reason = form["error"] if form["error"] in SOFTWARE_OUTCOMES else "invalid"
        return _failed(transaction, reason)
    try:
        challenge = _challenges(world).redeem(
            form.get("challenge", ""), transaction.id, world.clock.now()
        )
        citizen = verify_login(
            load_certificate(_base64(form.get("certificate", ""))),
            challenge.nonce,
            _base64(form.get("signature", "")),
            world_trust_anchors(),
            world.clock.now(),
        )
    except ChallengeError:
        return _failed(transaction, "invalid")
    except EidVerificationError as error:
        return _failed(transaction, _reason(error))
    person = by_national_number(citizen.national_number)
    if person is None:
        return _failed(transaction, "unknown_person")
    return complete_login(transaction.id, person, key=KEY)


def _base64(text: str) -> bytes:
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        return b""


class EidLogin:
    """The eID key in CSAM's table of key logins (``csam.keys.KEY_LOGINS``)."""

    id = KEY

    def blueprint(self) -> Blueprint:
        return routes

    def start(self, transaction: transactions.LoginTransaction) -> str:
        """Step 2 of the guide: insert the card and click 'Aanmelden'."""
        return render_template("eid_start.html", transaction=transaction)


LOGIN = EidLogin()
