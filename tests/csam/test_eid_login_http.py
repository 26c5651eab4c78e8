"""CSAM's eID login over HTTP, with answers made by hand: what a forger would try.

No card and no browser: the tests play the eID software's part with the test PKI's keys.
"""

from __future__ import annotations

import base64
from datetime import timedelta
from urllib.parse import parse_qs, urlsplit

import pytest
import requests
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.hazmat.primitives.serialization import Encoding

from mock_services.hosting.world_host import WorldHost
from mock_services.smartcard.eid_pki import KeyRole, credentials
from mock_services.world import World
from tests.csam.test_verification import _foreign_certificate
from tests.oidc.conftest import Rp


def begin_login(world_host: WorldHost) -> str:
    """An application's authorization request at CSAM: the login transaction's id."""
    rp = Rp(world_host)
    answer = rp.authorize(**rp.standard_request("v" * 48, "n" * 20, "s" * 20))
    return parse_qs(urlsplit(answer.headers["Location"]).query)["tx"][0]


def challenge_for(world: World, login: str) -> dict[str, str]:
    """Click 'Aanmelden' on CSAM's eID page: the challenge it hands to the eID software."""
    answer = requests.post(
        world.url("csam", f"/fas/eid/start?tx={login}"), allow_redirects=False, timeout=5
    )
    assert answer.status_code == 302
    location = answer.headers["Location"]
    assert location.startswith(world.url("eid_middleware", "/sign?"))
    return {key: values[0] for key, values in parse_qs(urlsplit(location).query).items()}


def answer_as_card(
    world: World,
    challenge: dict[str, str],
    person: str = "an",
    *,
    key: rsa.RSAPrivateKey | None = None,
    certificate_der: bytes | None = None,
    login: str | None = None,
) -> requests.Response:
    pair = credentials(person, KeyRole.AUTHENTICATION)
    signer = key or pair.key
    signature = signer.sign(bytes.fromhex(challenge["nonce"]), padding.PKCS1v15(), hashes.SHA256())
    der = certificate_der or pair.certificate.public_bytes(Encoding.DER)
    return requests.post(
        challenge["return_to"],
        data={
            "login": login or challenge["login"],
            "challenge": challenge["challenge"],
            "certificate": base64.b64encode(der).decode(),
            "signature": base64.b64encode(signature).decode(),
        },
        allow_redirects=False,
        timeout=5,
    )


def test_a_good_answer_logs_in_and_returns_to_the_application(
    world_host: WorldHost, world: World
) -> None:
    challenge = challenge_for(world, begin_login(world_host))
    answer = answer_as_card(world, challenge)
    assert answer.status_code == 302
    back = answer.headers["Location"]
    assert back.startswith(world.url("persoselfservice", "/oidc/callback?"))
    assert "code=" in back


def test_a_used_challenge_cannot_be_replayed(world_host: WorldHost, world: World) -> None:
    challenge = challenge_for(world, begin_login(world_host))
    first = answer_as_card(world, challenge, "bram")  # refused (revoked), challenge used up
    assert "ingetrokken" in first.text
    again = answer_as_card(world, challenge, "an")
    assert again.status_code == 400
    assert "Je aanmelding kon niet worden geverifieerd" in again.text


def test_a_completed_login_cannot_be_replayed(world_host: WorldHost, world: World) -> None:
    challenge = challenge_for(world, begin_login(world_host))
    assert answer_as_card(world, challenge).status_code == 302
    again = answer_as_card(world, challenge)
    assert again.status_code == 400
    assert "Je aanmelding is verlopen" in again.text


def test_a_challenge_of_another_login_is_refused(world_host: WorldHost, world: World) -> None:
    challenge = challenge_for(world, begin_login(world_host))
    other_login = begin_login(world_host)
    answer = answer_as_card(world, challenge, login=other_login)
    assert answer.status_code == 400
    assert "Je aanmelding kon niet worden geverifieerd" in answer.text


def test_an_expired_challenge_is_refused(world_host: WorldHost, world: World) -> None:
    challenge = challenge_for(world, begin_login(world_host))
    world.clock.advance(timedelta(minutes=3))
    assert answer_as_card(world, challenge).status_code == 400


def test_a_forged_signature_is_refused(world_host: WorldHost, world: World) -> None:
    challenge = challenge_for(world, begin_login(world_host))
    impostor = credentials("dirk", KeyRole.AUTHENTICATION).key
    answer = answer_as_card(world, challenge, key=impostor)
    assert answer.status_code == 400
    assert "Je aanmelding kon niet worden geverifieerd" in answer.text


def test_a_certificate_of_another_ca_is_refused(world_host: WorldHost, world: World) -> None:
    challenge = challenge_for(world, begin_login(world_host))
    certificate, key = _foreign_certificate()
    answer = answer_as_card(
        world, challenge, key=key, certificate_der=certificate.public_bytes(Encoding.DER)
    )
    assert answer.status_code == 400
    assert "Je aanmelding kon niet worden geverifieerd" in answer.text


def test_garbage_instead_of_a_certificate_is_refused(world_host: WorldHost, world: World) -> None:
    challenge = challenge_for(world, begin_login(world_host))
    answer = requests.post(
        challenge["return_to"],
        data={
            "login": challenge["login"],
            "challenge": challenge["challenge"],
            "certificate": "not base64!",
            "signature": "",
        },
        timeout=5,
    )
    assert answer.status_code == 400


@pytest.mark.parametrize(
    ("person", "title"),
    [
        ("bram", "Het certificaat van je eID-kaart is ingetrokken"),
        ("chloe", "Het certificaat van je eID-kaart is niet geldig"),
    ],
)
def test_revoked_and_expired_cards_are_explained(
    world_host: WorldHost, world: World, person: str, title: str
) -> None:
    challenge = challenge_for(world, begin_login(world_host))
    answer = answer_as_card(world, challenge, person)
    assert answer.status_code == 200
    assert title in answer.text
    assert "Opnieuw proberen" in answer.text


def test_what_the_software_reports_is_explained(world_host: WorldHost, world: World) -> None:
    challenge = challenge_for(world, begin_login(world_host))
    answer = requests.post(
        challenge["return_to"],
        data={"login": challenge["login"], "challenge": challenge["challenge"], "error": "no_card"},
        timeout=5,
    )
    assert answer.status_code == 200
    assert "Geen eID-kaart gevonden" in answer.text


def test_an_unknown_report_is_not_trusted(world_host: WorldHost, world: World) -> None:
    challenge = challenge_for(world, begin_login(world_host))
    answer = requests.post(
        challenge["return_to"],
        data={"login": challenge["login"], "error": "<script>"},
        timeout=5,
    )
    assert answer.status_code == 400


def test_an_unknown_login_gets_a_clear_page(world: World) -> None:
    answer = requests.post(world.url("csam", "/fas/eid/callback"), data={"login": "x"}, timeout=5)
    assert answer.status_code == 400
    assert "Je aanmelding is verlopen" in answer.text


@pytest.mark.parametrize(
    "query",
    [
        "",
        "login=l&challenge=c&nonce=zz&return_to=http://evil.invalid/fas/eid/callback",
        "login=l&challenge=c&nonce=00ff&return_to=",
    ],
)
def test_the_eid_software_refuses_incomplete_or_foreign_requests(world: World, query: str) -> None:
    answer = requests.get(world.url("eid_middleware", f"/sign?{query}"), timeout=5)
    assert answer.status_code == 400
    assert "Ongeldige aanvraag" in answer.text
