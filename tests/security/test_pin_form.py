"""A PIN of the wrong form (a trailing newline, Arabic-Indic or fullwidth digits) is refused by
the eID software's PIN dialog as a PIN of the wrong form: the card is not asked, its tries stay
as they were, and the person can type the PIN again. Before, ``\\d`` and ``$`` let these through
to the card module, which refused them, and the login ended as "card removed"."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import pytest
import requests

from mock_services.hosting.world_host import WorldHost
from mock_services.systems.eid_middleware.belpic_reader import connect
from mock_services.world import World
from tests.csam.test_eid_login_http import begin_login, challenge_for

if TYPE_CHECKING:
    from fixtures.card import InsertCard

pytestmark = pytest.mark.pcsc

WRONG_FORM = "Een PIN-code bestaat uit 4 tot 12 cijfers."
MALFORMED = ["1234\n", "\u0661\u0662\u0663\u0664", "\uff11\uff12\uff13\uff14", "12 34", "12"]
PIN_ACTION = re.compile(r'action="(/sign/[0-9a-f]+/pin)"')


def open_pin_dialog(world_host: WorldHost, world: World) -> str:
    """Start an eID login and confirm the certificate: the PIN dialog's form address."""
    challenge = challenge_for(world, begin_login(world_host))
    shown = requests.get(world.url("eid_middleware", "/sign"), params=challenge, timeout=10)
    assert shown.status_code == 200
    confirm = re.search(r'action="(/sign/[0-9a-f]+/certificate)"', shown.text)
    assert confirm, shown.text
    dialog = requests.post(
        world.url("eid_middleware", confirm[1]), data={"action": "ok"}, timeout=10
    )
    found = PIN_ACTION.search(dialog.text)
    assert found, dialog.text
    return world.url("eid_middleware", found[1])


def test_a_pin_of_the_wrong_form_is_refused_and_costs_no_try(
    world_host: WorldHost, world: World, insert_card: InsertCard
) -> None:
    with insert_card("an") as reader:
        pin_form = open_pin_dialog(world_host, world)
        for pin in MALFORMED:
            answer = requests.post(pin_form, data={"action": "ok", "pin": pin}, timeout=10)
            assert answer.status_code == 200, pin
            assert WRONG_FORM in answer.text, pin
            assert PIN_ACTION.search(answer.text), f"no second try after {pin!r}"
        with connect(reader.name) as card:
            assert card.pin_tries_left() == 3
        signed = requests.post(pin_form, data={"action": "ok", "pin": "1234"}, timeout=10)
        assert signed.status_code == 200
        assert 'name="signature"' in signed.text
        assert 'name="error"' not in signed.text
