"""Step 3 for real: the eID software has the card in the reader sign the contract's hash.

Through pcscd and vpcd: the software shows the signature certificate (file 5039), asks for
the PIN and has the card sign the bare SHA-256 with key 83 (MSE SET 08, VERIFY, PSO), then
posts certificate and signature back to the self-enrolment site, which verifies them.
"""

from __future__ import annotations

import html
import re
from typing import TYPE_CHECKING

import pytest
import requests

from mock_services.smartcard import eid_pki
from mock_services.smartcard.eid_card.cards import card_for
from mock_services.smartcard.eid_pki import KeyRole
from mock_services.systems.eid_middleware.contract import SIGNATURE_CALLERS
from mock_services.systems.itsme_enrolment.signing import CALLBACK_PATH
from mock_services.world import World
from mock_services.world.people import person
from tests.itsme.enrolment_helpers import give_details, site, start_signing

if TYPE_CHECKING:
    from fixtures.eid_reader import EidReader
    from mock_services.hosting.world_host import WorldHost

pytestmark = pytest.mark.pcsc

FORM_ACTION = re.compile(r'<form method="post" action="([^"]+)"')
HIDDEN = re.compile(r'<input type="hidden" name="([^"]+)" value="([^"]*)">')


def action_of(page: str) -> str:
    found = FORM_ACTION.search(page)
    assert found is not None, page
    return html.unescape(found.group(1))


def open_software(world: World, computer: requests.Session) -> requests.Response:
    """Steps 2 and 3 up to the eID software's certificate dialog."""
    assert give_details(world, computer).status_code == 200
    request = start_signing(world, computer)
    assert (request.params["key"], request.params["hash_algorithm"]) == ("signature", "sha256")
    return computer.get(world.url("eid_middleware", "/sign"), params=request.params, timeout=5)


def press(world: World, computer: requests.Session, page: str, **form: str) -> requests.Response:
    url = world.url("eid_middleware", action_of(page))
    return computer.post(url, data=form, timeout=10)


def post_back(computer: requests.Session, page: str) -> requests.Response:
    """What the post-back page's script does: the hidden fields to the caller's callback."""
    fields = {name: html.unescape(value) for name, value in HIDDEN.findall(page)}
    return computer.post(action_of(page), data=fields, timeout=5, allow_redirects=False)


def test_the_card_signs_the_contract_with_key_83(
    world_host: WorldHost, world: World, eid_reader: EidReader
) -> None:
    lotte = person("lotte")
    card = card_for("lotte")
    eid_reader.reader.insert(card)
    computer = requests.Session()
    dialog = open_software(world, computer)
    assert dialog.status_code == 200, dialog.text
    signature_certificate = eid_pki.credentials("lotte", KeyRole.SIGNATURE).certificate
    assert f"{signature_certificate.serial_number:x}" in dialog.text
    authentication = eid_pki.credentials("lotte", KeyRole.AUTHENTICATION).certificate
    assert f"{authentication.serial_number:x}" not in dialog.text
    assert "ondertekenen" in dialog.text
    pin_page = press(world, computer, dialog.text, action="ok")
    assert 'name="pin"' in pin_page.text
    answer = press(world, computer, pin_page.text, action="ok", pin=lotte.pin)
    transcript = [command.hex().upper() for command, _ in card.transcript]
    mse = next(i for i, c in enumerate(transcript) if c.startswith("002241B6050480088483"))
    assert transcript[mse + 1].startswith("00200001")  # VERIFY right after MSE SET
    assert transcript[mse + 2].startswith("002A9E9A20")  # PSO over the bare 32-byte hash
    back = post_back(computer, answer.text)
    assert back.status_code == 302, back.text
    assert back.headers["Location"].endswith("/self-enroll/token")
    token_page = computer.get(site(world, "/token"), timeout=5)
    assert 'data-anchor="token"' in token_page.text


def test_a_wrong_pin_asks_again_and_cancel_goes_back_to_the_contract(
    world_host: WorldHost, world: World, eid_reader: EidReader
) -> None:
    eid_reader.insert(person("lotte"))
    computer = requests.Session()
    dialog = open_software(world, computer)
    pin_page = press(world, computer, dialog.text, action="ok")
    wrong = press(world, computer, pin_page.text, action="ok", pin="0000")
    assert "Verkeerde PIN-code. Je hebt nog 2 pogingen." in wrong.text
    cancelled = press(world, computer, wrong.text, action="cancel")
    back = post_back(computer, cancelled.text)
    assert back.status_code == 200
    assert 'data-anchor="error"' in back.text  # the contract again, saying it was cancelled
    assert 'action="/self-enroll/sign"' in back.text


def test_a_signature_for_another_caller_is_refused(
    world_host: WorldHost, world: World, eid_reader: EidReader
) -> None:
    eid_reader.insert(person("lotte"))
    computer = requests.Session()
    assert give_details(world, computer).status_code == 200
    params = start_signing(world, computer).params
    for forged in (
        {"return_to": world.url("csam", CALLBACK_PATH)},
        {"return_to": "http://attacker.example/self-enroll/signed"},
        {"key": "authentication"},
        {"hash": "ab" * 20},
        {"hash_algorithm": "sha1"},
        {"document": ""},
    ):
        answer = computer.get(
            world.url("eid_middleware", "/sign"), params={**params, **forged}, timeout=5
        )
        assert answer.status_code == 400, forged
        assert "Ongeldige aanvraag" in answer.text


def test_the_allow_list_names_the_enrolment_callback() -> None:
    assert ("itsme_enrolment", CALLBACK_PATH) in SIGNATURE_CALLERS
