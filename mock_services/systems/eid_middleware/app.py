"""The eID software's windows, served as pages: certificate confirmation and PIN entry.

CSAM redirects the browser to ``/sign`` with a challenge (a login); a caller on the
allow-list (``contract.SIGNATURE_CALLERS``) with ``purpose=sign`` and a hash (a document
signature). Every answer goes back as a form POST to ``return_to``, which must be the
caller's own callback.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from cryptography import x509
from cryptography.x509.oid import NameOID
from flask import abort, render_template, request
from werkzeug.wrappers import Response

from mock_services.systems.eid_middleware.contract import (
    PURPOSE_SIGN,
    SERVICE,
    SIGN_PATH,
    SIGNATURE_CALLERS,
    Outcome,
)
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
    document_request,
    login_request,
    outcome_of,
    read_certificate,
    sign_request,
)
from mock_services.web import ServiceApp, create_service_app
from mock_services.world import World

# ASCII digits only, the whole field (``fullmatch``): ``\d`` and ``$`` would let Arabic-Indic
# or fullwidth digits and a trailing newline through to the card module, which refuses them.
PIN_FORMAT = re.compile(r"[0-9]{4,12}")
NONCE_FORMAT = re.compile(r"[0-9a-f]{32,128}")
SHA256_FORMAT = re.compile(r"[0-9a-f]{64}")
REFERENCE_FORMAT = re.compile(r"[A-Za-z0-9_-]{8,128}")
DOCUMENT_LENGTH = 200


def _requests(world: World) -> SigningRequests:
    return world.state(f"{SERVICE}.requests", SigningRequests)


def _post_back(signing: SigningRequest, fields: dict[str, str]) -> str:
    """A page that hands the answer to CSAM at once, as the real software does."""
    return render_template(
        "post_back.html",
        action=signing.return_to,
        fields={**signing.echo, **fields},
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

    def new_id() -> str:
        return f"{world.random(f'{SERVICE}.request').getrandbits(64):016x}"

    def login_from(args: Mapping[str, str]) -> SigningRequest | None:
        return_to, nonce = args.get("return_to", ""), args.get("nonce", "")
        if (
            not return_to.startswith(world.url("csam", "/fas/eid/"))
            or not NONCE_FORMAT.fullmatch(nonce)
            or not args.get("login")
            or not args.get("challenge")
        ):
            return None
        return login_request(
            new_id(), return_to, args["login"], args["challenge"], bytes.fromhex(nonce)
        )

    def signature_from(args: Mapping[str, str]) -> SigningRequest | None:
        return_to = args.get("return_to", "")
        allowed = {world.url(system, path) for system, path in SIGNATURE_CALLERS}
        document = args.get("document", "").strip()
        if (
            return_to not in allowed
            or args.get("key") != "signature"
            or args.get("hash_algorithm") != "sha256"
            or not SHA256_FORMAT.fullmatch(args.get("hash", ""))
            or not REFERENCE_FORMAT.fullmatch(args.get("request", ""))
            or not 0 < len(document) <= DOCUMENT_LENGTH
        ):
            return None
        return document_request(
            new_id(), return_to, args["request"], bytes.fromhex(args["hash"]), document
        )

    @app.get(SIGN_PATH)
    def start() -> str | tuple[str, int]:
        args = request.args
        purpose = args.get("purpose", "login")
        signing = signature_from(args) if purpose == PURPOSE_SIGN else login_from(args)
        if signing is None:
            return render_template("bad_request.html"), 400
        try:
            signing.certificate_der = read_certificate(reader_port(world), signing.certificate_file)
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
            signature = sign_request(reader_port(world), signing, pin)
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
