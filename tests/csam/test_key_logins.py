"""The contract of CSAM's table of key logins: every key of the key choice either has a login
that answers its button, or says clearly (501) that it is not available; every login's own
routes are served by the CSAM app."""

from __future__ import annotations

import re

import pytest
import requests
from flask import Blueprint, Flask

from mock_services.hosting.world_host import WorldHost
from mock_services.systems.csam.digital_keys import KEYS
from mock_services.systems.csam.keys import KEY_LOGINS, KeyLogin
from mock_services.systems.csam.keys.eid import key as eid
from mock_services.systems.itsme.contract import CSAM_REDIRECT_PATH
from mock_services.world import World
from tests.csam.test_eid_login_http import begin_login

KEY_BUTTON = re.compile(r'data-anchor="key-([^"]+)" href="([^"]+)"')
CREATE_ITSME = re.compile(r'data-anchor="itsme-create" href="([^"]+)"')
UNAVAILABLE = 'data-screen="csam-key-unavailable"'

Route = tuple[str, str, frozenset[str]]
"""A rule as the app serves it: path, endpoint, methods (without HEAD and OPTIONS)."""


def routes_of(blueprint: Blueprint) -> set[Route]:
    """The routes ``blueprint`` adds to an app, seen on a bare Flask app of its own."""
    app = Flask(__name__)
    app.register_blueprint(blueprint)
    return {route for route in served_routes(app) if route[1].startswith(f"{blueprint.name}.")}


def served_routes(app: Flask) -> set[Route]:
    return {
        (rule.rule, rule.endpoint, frozenset(rule.methods or ()) - {"HEAD", "OPTIONS"})
        for rule in app.url_map.iter_rules()
    }


def key_choice(world: World, transaction: str) -> str:
    page = requests.get(world.url("csam", f"/fas/login?tx={transaction}"), timeout=5)
    assert page.status_code == 200
    return page.text.replace("&amp;", "&")


def key_buttons(world: World, transaction: str) -> dict[str, str]:
    """The key choice's buttons: key id → the address the button leads to."""
    return dict(KEY_BUTTON.findall(key_choice(world, transaction)))


def test_every_login_belongs_to_a_key_of_the_key_choice() -> None:
    for key_id, login in KEY_LOGINS.items():
        assert login.id == key_id
        assert key_id in KEYS


def test_the_key_choice_shows_every_key(world_host: WorldHost, world: World) -> None:
    assert list(key_buttons(world, begin_login(world_host))) == list(KEYS)


@pytest.mark.parametrize("key_id", list(KEYS))
def test_every_button_starts_a_login_or_answers_501(
    world_host: WorldHost, world: World, key_id: str
) -> None:
    href = key_buttons(world, begin_login(world_host))[key_id]
    answer = requests.get(world.url("csam", href), allow_redirects=False, timeout=5)
    if key_id in KEY_LOGINS:
        assert answer.status_code in (200, 302), answer.text
        assert UNAVAILABLE not in answer.text
    else:
        assert answer.status_code == 501
        assert UNAVAILABLE in answer.text


@pytest.mark.parametrize("login", list(KEY_LOGINS.values()), ids=list(KEY_LOGINS))
def test_every_login_brings_routes_that_csam_serves(world_host: WorldHost, login: KeyLogin) -> None:
    own = routes_of(login.blueprint())
    assert own, f"the {login.id} login has no routes of its own"
    assert own <= served_routes(world_host.servers["csam"].app)


def test_the_eid_login_serves_its_form_and_the_eid_software_s_answer() -> None:
    assert routes_of(eid.LOGIN.blueprint()) == {
        (eid.START_PATH, "eid.begin_signing", frozenset({"POST"})),
        (eid.CALLBACK_PATH, "eid.callback", frozenset({"POST"})),
    }


def test_the_itsme_login_serves_the_redirect_uri_registered_at_itsme() -> None:
    itsme = routes_of(KEY_LOGINS["itsme"].blueprint())
    assert (CSAM_REDIRECT_PATH, "itsme.callback", frozenset({"GET"})) in itsme


def test_creating_an_itsme_account_leads_to_the_self_enrolment_site(
    world_host: WorldHost, world: World
) -> None:
    link = CREATE_ITSME.search(key_choice(world, begin_login(world_host)))
    assert link is not None
    answer = requests.get(world.url("csam", link[1]), timeout=5, allow_redirects=False)
    assert answer.status_code == 302
    assert answer.headers["Location"] == world.url("itsme_enrolment", "/self-enroll?lang=nl")
    form = requests.get(answer.headers["Location"], timeout=5)
    assert form.status_code == 200
    assert 'name="phone"' in form.text
