"""Driving self-enrolment over HTTP: the computer's browser, the phone's app, the card.

``card_answer`` is what the eID software posts back after the card signed the contract's
hash with one of its keys (the card's own key files, as the card holds them).
"""

from __future__ import annotations

import base64
import re
from dataclasses import dataclass
from urllib.parse import parse_qs, urlsplit

import requests
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, utils
from cryptography.hazmat.primitives.serialization import Encoding

from mock_services.smartcard import eid_pki
from mock_services.smartcard.eid_pki import KeyRole
from mock_services.systems.sms.network import sms_network
from mock_services.world import World

LOTTE_PHONE = "+32475678901"


@dataclass
class SigningRequest:
    params: dict[str, str]

    @property
    def digest(self) -> bytes:
        return bytes.fromhex(self.params["hash"])


def site(world: World, path: str = "") -> str:
    return world.url("itsme_enrolment", "/self-enroll" + path)


def app(world: World, path: str = "") -> str:
    return world.url("itsme", "/app" + path)


def give_details(
    world: World, computer: requests.Session, phone: str = "0475 67 89 01", email: str = ""
) -> requests.Response:
    return computer.post(
        site(world),
        data={"country": "32", "phone": phone, "email": email or "lotte.verstraeten@example.be"},
        timeout=5,
    )


def start_signing(world: World, computer: requests.Session) -> SigningRequest:
    """Click "Teken met mijn eID": the parameters the eID software receives."""
    answer = computer.post(site(world, "/sign"), allow_redirects=False, timeout=5)
    assert answer.status_code == 302, answer.text
    location = answer.headers["Location"]
    assert location.startswith(world.url("eid_middleware", "/sign?"))
    return SigningRequest({k: v[0] for k, v in parse_qs(urlsplit(location).query).items()})


def card_answer(
    person_id: str,
    digest: bytes,
    *,
    key: KeyRole = KeyRole.SIGNATURE,
    certificate: KeyRole | None = None,
) -> dict[str, str]:
    """The card's signature over ``digest`` with ``key``, and the certificate it sends."""
    signing = eid_pki.credentials(person_id, key)
    shown = eid_pki.credentials(person_id, certificate or key).certificate
    signature = signing.key.sign(digest, padding.PKCS1v15(), utils.Prehashed(hashes.SHA256()))
    return {
        "certificate": base64.b64encode(shown.public_bytes(Encoding.DER)).decode(),
        "signature": base64.b64encode(signature).decode(),
    }


def sign_back(
    world: World, computer: requests.Session, request: SigningRequest, fields: dict[str, str]
) -> requests.Response:
    """The eID software's form POST to the callback (the session cookie does not travel)."""
    return requests.post(
        request.params["return_to"],
        data={"request": request.params["request"], **fields},
        timeout=5,
        allow_redirects=False,
    )


def signed_up_to_token(world: World, computer: requests.Session, person_id: str = "lotte") -> str:
    """Steps 2-4 for ``person_id``; the identification token shown on the computer."""
    assert give_details(world, computer).status_code == 200
    request = start_signing(world, computer)
    answer = sign_back(world, computer, request, card_answer(person_id, request.digest))
    assert answer.status_code == 302, answer.text
    page = computer.get(site(world, "/token"), timeout=5)
    found = re.search(r'<p class="enrol-token" data-anchor="token"><code>([^<]+)</code>', page.text)
    assert found is not None, page.text
    return found.group(1)


def last_control_code(world: World, phone: str = LOTTE_PHONE) -> str:
    messages = sms_network(world).messages(phone)
    assert messages, f"no SMS to {phone}"
    assert messages[-1].sender == "8836"
    found = re.search(r"\b(\d{5})\b", messages[-1].text)
    assert found is not None
    return found.group(1)


def app_up_to_control_code(world: World, phone: requests.Session, token: str) -> None:
    """Steps 5 and 6 in the app: the number, then the token; the SMS is then sent."""
    number = phone.post(app(world, "/enrol"), data={"country": "32", "phone": "0475678901"})
    assert "Geef je identificatietoken in" in number.text, number.text
    sent = phone.post(app(world, "/enrol/token"), data={"token": token}, timeout=5)
    assert "Geef je controlecode in" in sent.text, sent.text
