"""CSAM's three keys with a security code over HTTP, as a browser uses them: username and
password, then the code by e-mail (read from the mailbox), from the authenticator app (TOTP)
or from the token card; the id_token says which key was used; five mistakes lock the account.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest
import requests
from authlib.common.security import generate_token

from mock_services.hosting.world_host import WorldHost
from mock_services.systems.csam.credentials import Account, credentials, totp
from mock_services.systems.csam.digital_keys import LOA_SUBSTANTIAL
from mock_services.world import World
from mock_services.world.faults import Fault
from mock_services.world.people import person
from tests.mail.conftest import messages, queued
from tests.oidc.conftest import Rp, query

EMAIL = "fatima.elamrani@example.be"
USERNAME = "fatima.elamrani"
PASSWORD = "Zonnebloem-42"
CODE = re.compile(r"\b(\d{6})\b")
TOKEN_NUMBER = re.compile(r"code nummer (\d+)")


@pytest.fixture
def account(world: World) -> Account:
    """Fatima's keys, created at the office and activated: e-mail, app and token card."""
    store = credentials(world)
    account = store.register(person("fatima").national_number, EMAIL)
    store.set_login(world, account, USERNAME, PASSWORD)
    account.email_code_active = True
    store.start_totp(world, account)
    account.totp_active = True
    store.issue_token_card(world, account)
    return account


@pytest.fixture
def browser() -> Iterator[requests.Session]:
    with requests.Session() as session:
        yield session


class Login:
    """One login at CSAM for PersoSelfService, driven like a browser."""

    def __init__(self, host: WorldHost, browser: requests.Session, key: str) -> None:
        self.rp = Rp(host)
        self.browser = browser
        self.key = key
        self.verifier, self.nonce = generate_token(48), generate_token(20)
        answer = self.rp.authorize(
            **self.rp.standard_request(self.verifier, self.nonce, generate_token(20))
        )
        assert answer.status_code == 302, answer.text
        self.tx = query(answer.headers["Location"])["tx"]

    @property
    def world(self) -> World:
        return self.rp.world

    def url(self, path: str) -> str:
        return self.world.url("csam", f"{path}?tx={self.tx}")

    def start(self) -> requests.Response:
        return self.browser.get(self.url(f"/fas/login/{self.key}"), timeout=5)

    def password(self, password: str = PASSWORD, username: str = USERNAME) -> requests.Response:
        return self.browser.post(
            self.url(f"/fas/{self.key}/password"),
            data={"username": username, "password": password},
            allow_redirects=False,
            timeout=5,
        )

    def code_page(self) -> requests.Response:
        return self.browser.get(self.url(f"/fas/{self.key}/code"), timeout=5)

    def code(self, code: str) -> requests.Response:
        return self.browser.post(
            self.url(f"/fas/{self.key}/code"), data={"code": code}, allow_redirects=False, timeout=5
        )

    def claims(self, answer: requests.Response) -> dict[str, Any]:
        """The id_token's claims after the redirect back to the application."""
        assert answer.status_code == 302, answer.text
        back = query(answer.headers["Location"])
        token = self.rp.session().fetch_token(
            self.rp.metadata()["token_endpoint"], code=back["code"], code_verifier=self.verifier
        )
        return self.rp.validated_claims(token["id_token"], self.nonce)


def mailed_code(world: World) -> str:
    found = CODE.search(messages(world, EMAIL)[-1]["text"])
    assert found is not None
    return found.group(1)


def token_code(login: Login, account: Account) -> str:
    number = TOKEN_NUMBER.search(login.code_page().text)
    assert number is not None
    return account.token_codes[int(number.group(1)) - 1]


def past_password(login: Login) -> None:
    assert login.start().status_code == 200
    answer = login.password()
    assert answer.status_code == 302, answer.text
    assert answer.headers["Location"].endswith(f"/fas/{login.key}/code?tx={login.tx}")


@pytest.mark.parametrize("key", ["email", "app", "token"])
def test_each_key_logs_in_with_substantial_assurance(
    world_host: WorldHost, world: World, browser: requests.Session, account: Account, key: str
) -> None:
    login = Login(world_host, browser, key)
    past_password(login)
    if key == "email":
        code = mailed_code(world)
    elif key == "app":
        code = totp.current_code(world, account.totp_secret)
    else:
        code = token_code(login, account)
    claims = login.claims(login.code(code))
    assert claims["acr"] == LOA_SUBSTANTIAL
    assert claims["amr"] == [key]
    assert claims["national_number"] == person("fatima").national_number


def test_the_email_code_is_mailed_and_works_once(
    world_host: WorldHost, world: World, browser: requests.Session, account: Account
) -> None:
    login = Login(world_host, browser, "email")
    past_password(login)
    mail = messages(world, EMAIL)[-1]
    assert mail["subject"] == "Je beveiligingscode voor CSAM"
    code = mailed_code(world)
    assert login.code(code).status_code == 302
    again = Login(world_host, browser, "email")
    past_password(again)
    reused = again.code(code)
    assert reused.status_code == 400
    assert "Deze beveiligingscode werd al gebruikt" in reused.text


def test_a_wrong_email_code_is_refused_with_the_tries_left(
    world_host: WorldHost, world: World, browser: requests.Session, account: Account
) -> None:
    login = Login(world_host, browser, "email")
    past_password(login)
    wrong = "000000" if mailed_code(world) != "000000" else "111111"
    answer = login.code(wrong)
    assert answer.status_code == 400
    assert "Deze beveiligingscode is niet juist." in answer.text
    assert "Nog 4 pogingen" in answer.text


def test_an_email_code_expires_after_10_minutes(
    world_host: WorldHost, world: World, browser: requests.Session, account: Account
) -> None:
    login = Login(world_host, browser, "email")
    past_password(login)
    code = mailed_code(world)
    world.clock.advance(timedelta(minutes=10))
    answer = login.code(code)
    assert answer.status_code == 400
    assert "Deze beveiligingscode is verlopen" in answer.text


def test_with_the_mail_server_down_the_code_follows_when_it_is_back(
    world_host: WorldHost, world: World, browser: requests.Session, account: Account
) -> None:
    world.faults.set("mail", Fault.DOWN)
    login = Login(world_host, browser, "email")
    past_password(login)
    assert "we proberen het opnieuw" in login.code_page().text
    assert queued(world) == 1
    world.faults.set("mail", None)
    assert login.code(mailed_code(world)).status_code == 302


@pytest.mark.parametrize("drift", [(-2, False), (-1, True), (1, True), (2, False)])
def test_the_app_code_is_accepted_one_step_either_way(
    world_host: WorldHost, browser: requests.Session, account: Account, drift: tuple[int, bool]
) -> None:
    steps, accepted = drift
    world = world_host.world
    login = Login(world_host, browser, "app")
    past_password(login)
    instant = world.clock.now() + timedelta(seconds=totp.STEP_SECONDS * steps)
    answer = login.code(totp.code_at(account.totp_secret, instant))
    assert (answer.status_code == 302) is accepted


def test_a_wrong_token_code_is_refused(
    world_host: WorldHost, world: World, browser: requests.Session, account: Account
) -> None:
    login = Login(world_host, browser, "token")
    past_password(login)
    right = token_code(login, account)
    wrong = next(code for code in account.token_codes if code != right)
    answer = login.code(wrong)
    assert answer.status_code == 400
    assert "Deze beveiligingscode is niet juist." in answer.text


def test_a_wrong_password_is_refused_without_saying_which_field(
    world_host: WorldHost, world: World, browser: requests.Session, account: Account
) -> None:
    login = Login(world_host, browser, "token")
    login.start()
    answer = login.password("Verkeerd-wachtwoord-1")
    assert answer.status_code == 400
    assert "Je gebruikersnaam of wachtwoord is niet juist." in answer.text
    assert "Nog 4 pogingen" in answer.text
    unknown = login.password(username="niemand.hier")
    assert unknown.status_code == 400
    assert "Je gebruikersnaam of wachtwoord is niet juist." in unknown.text


def test_five_mistakes_lock_the_account_and_point_to_the_office(
    world_host: WorldHost, world: World, browser: requests.Session, account: Account
) -> None:
    login = Login(world_host, browser, "app")
    for _ in range(2):
        login.password("Verkeerd-wachtwoord-1")
    past_password(login)
    for _ in range(2):
        assert login.code("000000").status_code == 400
    locked = login.code("000000")
    assert locked.status_code == 403
    assert "Je account met digitale sleutels is geblokkeerd" in locked.text
    assert world.url("registration_office", "/") in locked.text
    # Even the right password does not open a locked account.
    again = Login(world_host, browser, "email")
    refused = again.password()
    assert refused.status_code == 403
    assert "geblokkeerd" in refused.text


def test_a_key_that_was_not_activated_is_refused(
    world_host: WorldHost, world: World, browser: requests.Session, account: Account
) -> None:
    account.token_codes = ()
    login = Login(world_host, browser, "token")
    answer = login.password()
    assert answer.status_code == 403
    assert "Deze digitale sleutel is niet geactiveerd" in answer.text


def test_the_code_page_without_a_password_leads_back_to_it(
    world_host: WorldHost, world: World, browser: requests.Session, account: Account
) -> None:
    login = Login(world_host, browser, "token")
    answer = browser.get(login.url("/fas/token/code"), allow_redirects=False, timeout=5)
    assert answer.status_code == 302
    assert answer.headers["Location"].endswith(f"/fas/login/token?tx={login.tx}")


def test_the_authenticator_app_shows_the_code_of_the_phone_s_account(
    world_host: WorldHost, world: World, browser: requests.Session, account: Account
) -> None:
    app = world.url("csam", "/authenticator")
    empty = browser.get(app, timeout=5)
    assert 'data-screen="csam-authenticator-empty"' in empty.text
    bound = requests.post(
        world.url("control", "/api/csam/authenticator"), json={"username": USERNAME}, timeout=5
    )
    assert bound.status_code == 200
    cookie = bound.json()["cookie"]
    browser.cookies.set(cookie["name"], cookie["value"])
    code = totp.current_code(world, account.totp_secret)
    shown = browser.get(app, timeout=5)
    assert f"{code[:3]} {code[3:]}" in shown.text
    world.clock.advance(timedelta(seconds=totp.STEP_SECONDS))
    later = totp.current_code(world, account.totp_secret)
    assert f"{later[:3]} {later[3:]}" in browser.get(app, timeout=5).text


def test_the_control_api_refuses_an_account_without_the_app_key(world: World) -> None:
    answer = requests.post(
        world.url("control", "/api/csam/authenticator"), json={"username": "niemand"}, timeout=5
    )
    assert answer.status_code == 400
