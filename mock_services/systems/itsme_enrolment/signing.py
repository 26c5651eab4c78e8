"""Step 3 between itsme and the eID software: the contract's hash out, the signature back.

The site sends the browser to the eID software's ``/sign`` with::

    purpose=sign             a signature, not a login
    key=signature            the card's non-repudiation key (reference 83), whose
                             certificate (file 5039) the software shows in its dialog
    hash=<64 hex digits>     SHA-256 of the contract document (user_contract.py)
    hash_algorithm=sha256    the card signs the bare hash: MSE SET algorithm 08, PKCS#1 v1.5
    document=<title>         what the dialogs say is being signed
    request=<id>             this signing request, single use
    return_to=<URL>          this site's callback (``CALLBACK_PATH``)
    lang=<nl|fr|de|en>

and the software answers with a form POST to ``return_to``: ``request`` and either
``certificate`` (base64 DER of the signature certificate) and ``signature`` (base64), or
``error`` (one of the software's outcomes: cancelled, no_reader, no_card, not_eid,
card_removed, pin_blocked). The enrolment is found through ``request`` (a cross-site POST
carries no session cookie).
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass, field
from urllib.parse import urlencode

from mock_services.systems.itsme.enrolment import Enrolment
from mock_services.world import World
from mock_services.world.tokens import random_token

SIGN_PATH = "/sign"
CALLBACK_PATH = "/self-enroll/signed"
SOFTWARE_OUTCOMES = frozenset(
    ("cancelled", "no_reader", "no_card", "not_eid", "card_removed", "pin_blocked")
)
STATE_KEY = "itsme_enrolment.signing_requests"


@dataclass
class SigningRequests:
    """Open signing requests: request id -> enrolment id; each is answered once."""

    open: dict[str, str] = field(default_factory=dict)

    def take(self, request_id: str) -> str | None:
        return self.open.pop(request_id, None)


def signing_requests(world: World) -> SigningRequests:
    return world.state(STATE_KEY, SigningRequests)


def signing_url(world: World, enrolment: Enrolment, return_to: str) -> str:
    """Where the browser goes to sign ``enrolment``'s contract with the eID."""
    request_id = random_token(world, "itsme_enrolment.signing", 24)
    signing_requests(world).open[request_id] = enrolment.id
    contract = enrolment.contract
    query = urlencode(
        {
            "purpose": "sign",
            "key": "signature",
            "hash": contract.digest.hex(),
            "hash_algorithm": "sha256",
            "document": contract.title,
            "request": request_id,
            "return_to": return_to,
            "lang": enrolment.language,
        }
    )
    return world.url("eid_middleware", f"{SIGN_PATH}?{query}")


def decode_base64(text: str) -> bytes:
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        return b""
