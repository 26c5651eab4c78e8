"""The eID software's windows, served as pages: certificate confirmation and PIN entry.

CSAM redirects the browser to ``/sign`` with a challenge; every answer goes back to CSAM as
a form POST to ``return_to`` (which must be CSAM's own eID callback).
"""

from __future__ import annotations

import re
from typing import Any

from cryptography import x509
from cryptography.x509.oid import NameOID
from flask import abort, render_template, request
from werkzeug.wrappers import Response

from mock_services.systems.eid_middleware.contract import SERVICE, SIGN_PATH, Outcome
from mock_services.systems.eid_middleware.controls import reader_port
from mock_services.systems.eid_middleware.errors import (
    EidError,
    PinFormatInvalidError,
    WrongPinError,
)
from mock_services.systems.eid_middleware.sessions import (
    SigningRequest,
    SigningRequests,
    b64,
    outcome_of,
    read_authentication_certificate,
    sign_challenge,
)
from mock_services.web import ServiceApp, create_service_app
from mock_services.world import World

# ASCII digits only, the whole field: ``\d`` and ``$`` would let Arabic-Indic or fullwidth
# digits and a trailing newline through to the card module, which refuses them.
PIN_FORMAT = re.compile(r"[0-9]{4,12}")
NONCE_FORMAT = re.compile(r"[0-9a-f]{32,128}")


def _requests(world: World) -> SigningRequests:
    return world.state(f"{SERVICE}.requests", SigningRequests)


def _post_back(signing: SigningRequest, fields: dict[str, str]) -> str:
    """A page that hands the answer to CSAM at once, as the real software does."""
    return render_template(
        "post_back.html",
        action=signing.return_to,
        fields={"login": signing.login, "challenge": signing.challenge, **fields},
    )


def create_app(world: World) -> ServiceApp:
    app = create_service_app(SERVICE, world, __name__)

    def finish(signing: SigningRequest, outcome: Outcome) -> str:
        _requests(world).close(signing.id)
        return _post_back(signing, {"error": outcome.value})

    def open_request(request_id: str) -> SigningRequest:
        signing = _requests(world).get(request_id)
        if signing is None:
            abort(404)
        return signing

    @app.get(SIGN_PATH)
    def start() -> str | tuple[str, int]:
        args = request.args
        return_to = args.get("return_to", "")
        nonce = args.get("nonce", "")
        if (
            not return_to.startswith(world.url("csam", "/fas/eid/"))
            or not NONCE_FORMAT.fullmatch(nonce)
            or not args.get("login")
            or not args.get("challenge")
        ):
            return render_template("bad_request.html"), 400
        signing = SigningRequest(
            id=f"{world.random(f'{SERVICE}.request').getrandbits(64):016x}",
            login=args["login"],
            challenge=args["challenge"],
            nonce=bytes.fromhex(nonce),
            return_to=return_to,
        )
        try:
            signing.certificate_der = read_authentication_certificate(reader_port(world))
        except EidError as error:
            return finish(signing, outcome_of(error))
        _requests(world).add(signing)
        return render_template("certificate.html", signing=signing, **_certificate_view(signing))

    @app.post(f"{SIGN_PATH}/<request_id>/certificate")
    def confirm_certificate(request_id: str) -> str:
        signing = open_request(request_id)
        if request.form.get("action") != "ok":
            return finish(signing, Outcome.CANCELLED)
        return render_template("pin.html", signing=signing)

    @app.post(f"{SIGN_PATH}/<request_id>/pin")
    def enter_pin(request_id: str) -> str | Response:
        signing = open_request(request_id)
        if request.form.get("action") != "ok":
            return finish(signing, Outcome.CANCELLED)
        pin = request.form.get("pin", "")
        if not PIN_FORMAT.fullmatch(pin):
            return render_template("pin.html", signing=signing, problem="format")
        try:
            signature = sign_challenge(reader_port(world), signing, pin)
        except PinFormatInvalidError:
            return render_template("pin.html", signing=signing, problem="format")
        except WrongPinError as wrong:
            return render_template("pin.html", signing=signing, tries_left=wrong.tries_left)
        except EidError as error:
            return finish(signing, outcome_of(error))
        _requests(world).close(signing.id)
        return _post_back(
            signing, {"certificate": b64(signing.certificate_der), "signature": b64(signature)}
        )

    return app


def _certificate_view(signing: SigningRequest) -> dict[str, Any]:
    certificate = signing.certificate
    return {
        "subject": certificate.subject.rfc4514_string(),
        "holder": _common_name(certificate.subject),
        "issuer": _common_name(certificate.issuer),
        "valid_from": certificate.not_valid_before_utc.date(),
        "valid_until": certificate.not_valid_after_utc.date(),
        "serial": f"{certificate.serial_number:x}",
    }


def _common_name(name: x509.Name) -> str:
    values = name.get_attributes_for_oid(NameOID.COMMON_NAME)
    return str(values[0].value) if values else name.rfc4514_string()
