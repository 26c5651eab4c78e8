"""The itsme key: CSAM is a relying party of itsme, then completes its own login.

"AANMELDEN via itsme" sends the browser to itsme's authorization endpoint (discovery first,
with a short timeout: if itsme is down or in maintenance, CSAM says so and offers the other
keys). itsme's callback carries a code; CSAM exchanges it, checks the id_token and the level
of assurance, finds the person by national number and calls ``complete_login``.

The link "Je itsme-account aanmaken" of the key choice leads to ``ENROLL_PATH``, which sends
the browser on to itsme's self-enrolment site, in the language of the key choice.
"""

from __future__ import annotations

from urllib.parse import urlencode

from flask import Blueprint, g, redirect, render_template, request
from werkzeug.wrappers import Response

from mock_services.oidc.relying_party import (
    LoginFailedError,
    ProviderUnreachableError,
    Registration,
    RelyingParty,
)
from mock_services.oidc.secrets import client_secret
from mock_services.systems.csam import transactions
from mock_services.systems.csam.login import complete_login
from mock_services.systems.itsme.contract import (
    ACR_ADVANCED,
    CSAM_AUTH_METHOD,
    CSAM_CLIENT_ID,
    CSAM_REDIRECT_PATH,
    NATIONAL_NUMBER_CLAIM,
    ON_BEHALF_OF,
    SCOPE,
    SELF_ENROLMENT_PATH,
    SELF_ENROLMENT_SERVICE,
)
from mock_services.web import Rendered, world_of
from mock_services.world import World
from mock_services.world.people import by_national_number

KEY = "itsme"
ENROLL_PATH = "/fas/itsme/enroll"

routes = Blueprint("itsme", __name__)
"""The itsme key's own routes: itsme's answer, and the link to create an itsme account."""


def itsme_relying_party(world: World) -> RelyingParty:
    return RelyingParty(
        world,
        Registration(
            rp_service="csam",
            provider="itsme",
            client_id=CSAM_CLIENT_ID,
            client_secret=client_secret(world, "itsme", CSAM_CLIENT_ID),
            scope=SCOPE,
            auth_method=CSAM_AUTH_METHOD,
            redirect_path=CSAM_REDIRECT_PATH,
        ),
    )


def _failed(transaction: transactions.LoginTransaction, reason: str) -> Rendered:
    return render_template("itsme_failed.html", transaction=transaction, reason=reason), 400


@routes.get(CSAM_REDIRECT_PATH)
def callback() -> Response | Rendered:
    world = world_of()
    transaction = transactions.find_by_key_state(world, KEY, request.args.get("state"))
    if transaction is None:
        return render_template("unknown_transaction.html"), 400
    g.language = transaction.language
    try:
        signed_in = itsme_relying_party(world).finish()
    except LoginFailedError as error:
        reason = "cancelled" if error.error == "access_denied" else "error"
        return _failed(transaction, reason)
    if signed_in.claims.get("acr") != ACR_ADVANCED:
        return _failed(transaction, "error")
    person = by_national_number(str(signed_in.claims.get(NATIONAL_NUMBER_CLAIM, "")))
    if person is None:
        return _failed(transaction, "unknown_person")
    return complete_login(transaction.id, person, key=KEY)


@routes.get(ENROLL_PATH)
def enroll() -> Response:
    target = world_of().url(SELF_ENROLMENT_SERVICE, SELF_ENROLMENT_PATH)
    return redirect(f"{target}?{urlencode({'lang': g.language})}")


class ItsmeLogin:
    """The itsme key in CSAM's table of key logins (``csam.keys.KEY_LOGINS``)."""

    id = KEY

    def blueprint(self) -> Blueprint:
        return routes

    def start(self, transaction: transactions.LoginTransaction) -> Response | Rendered:
        """Send the browser to itsme, or say that itsme cannot be reached now."""
        world = world_of()
        try:
            started = itsme_relying_party(world).start(
                acr_values=ACR_ADVANCED,
                ui_locales=transaction.language,
                **{ON_BEHALF_OF: transaction.client_name},
            )
        except ProviderUnreachableError:
            return render_template("itsme_unavailable.html", transaction=transaction), 503
        transaction.key_states[KEY] = started.state
        return started.response


LOGIN = ItsmeLogin()
