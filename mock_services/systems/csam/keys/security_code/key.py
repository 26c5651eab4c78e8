"""The three keys with a security code: username and password, then the key's code.

- ``email``: a 6-digit code sent by e-mail (``email_codes``), valid 10 minutes, single use;
  if the mail server is away the page says the code follows, and it does once the server
  is back;
- ``app``: the code the authenticator app shows (TOTP, ``credentials.totp``, one step of
  tolerance either way);
- ``token``: one numbered code of the person's token card, the number drawn from the
  world's seeded stream.

Five wrong passwords or codes in a row lock the account (``credentials.MAX_FAILED_ATTEMPTS``):
the only way out is the registration office. Each key is one ``SecurityCodeLogin`` with a
blueprint of its own (``email.*``, ``app.*``, ``token.*`` under ``/fas/<key>/``).
"""

from __future__ import annotations

from dataclasses import dataclass

from flask import Blueprint, g, redirect, render_template, request, url_for
from werkzeug.wrappers import Response

from mock_services.systems.csam import transactions
from mock_services.systems.csam.credentials import Account, credentials, token_card, totp
from mock_services.systems.csam.digital_keys import KEYS
from mock_services.systems.csam.keys.security_code.email_codes import (
    EmailCodeCheck,
    email_code_book,
)
from mock_services.systems.csam.keys.security_code.logins import CodeLogin, code_logins
from mock_services.systems.csam.keys.security_code.mail import send_code
from mock_services.systems.csam.login import complete_login
from mock_services.systems.mail.sender import Delivery
from mock_services.web import Rendered, world_of
from mock_services.world import World
from mock_services.world.people import by_national_number

OFFICES_SERVICE = "registration_office"
"""Where a locked-out person goes: the registration offices' site."""


def key_active(account: Account, key: str) -> bool:
    """Whether the person activated ``key`` on the account."""
    if key == "email":
        return account.email_code_active
    if key == "app":
        return account.totp_active and bool(account.totp_secret)
    return bool(account.token_codes)


def code_matches(world: World, account: Account, login: CodeLogin, code: str) -> str:
    """``ok`` or why ``code`` is refused (the suffix of ``csam.code.error_*``)."""
    if login.key == "email":
        return str(email_code_book(world).check(world, account.national_number, code))
    if login.key == "app":
        return "ok" if totp.verify(world, account.totp_secret, code) else "wrong"
    return "ok" if token_card.verify(account.token_codes, login.token_number, code) else "wrong"


@dataclass(frozen=True)
class _Started:
    """A login past its password, as the code pages find it."""

    transaction: transactions.LoginTransaction
    login: CodeLogin
    account: Account


def _open_transaction() -> transactions.LoginTransaction | None:
    transaction = transactions.find(world_of(), request.args.get("tx"))
    if transaction is not None:
        g.language = transaction.language
    return transaction


def _unknown() -> Rendered:
    return render_template("unknown_transaction.html"), 400


def _locked(transaction: transactions.LoginTransaction) -> Rendered:
    offices = world_of().url(OFFICES_SERVICE, "/")
    return render_template("code_locked.html", transaction=transaction, offices=offices), 403


def _inactive(transaction: transactions.LoginTransaction, key: str) -> Rendered:
    return render_template("code_inactive.html", transaction=transaction, key=KEYS[key]), 403


def password_page(
    transaction: transactions.LoginTransaction, key: str, error: str = "", left: int = 0
) -> Rendered:
    page = render_template(
        "code_password.html",
        key=KEYS[key],
        transaction=transaction,
        error=error,
        attempts_left=left,
        username=request.form.get("username", ""),
    )
    return page, 400 if error else 200


def _code_page(started: _Started, error: str = "") -> Rendered:
    page = render_template(
        "code_entry.html",
        key=KEYS[started.login.key],
        transaction=started.transaction,
        login=started.login,
        email=started.account.email,
        error=error,
        attempts_left=started.account.attempts_left,
    )
    return page, 400 if error else 200


def _send_email_code(
    world: World, transaction: transactions.LoginTransaction, account: Account
) -> bool:
    """Mail a fresh code; True if the mail waits for the mail server."""
    code = email_code_book(world).issue(world, account.national_number)
    return send_code(world, transaction.language, account.email, code) is Delivery.QUEUED


def _account_for_password(
    transaction: transactions.LoginTransaction, key: str
) -> Account | Rendered:
    """The account whose username and password the form gives, or the page refusing them."""
    username = request.form.get("username", "").strip()
    given = request.form.get("password", "")
    if not username or not given:
        return password_page(transaction, key, "missing")
    account = credentials(world_of()).by_username(username)
    if account is not None and account.locked:
        return _locked(transaction)
    if account is None or not account.password_matches(given):
        if account is not None:
            account.record_failure()
            if account.locked:
                return _locked(transaction)
        left = account.attempts_left if account is not None else 0
        return password_page(transaction, key, "wrong_login", left)
    if not key_active(account, key):
        return _inactive(transaction, key)
    return account


def _started(world: World, key: str) -> _Started | Rendered | Response:
    transaction = _open_transaction()
    if transaction is None:
        return _unknown()
    login = code_logins(world).get(transaction.id)
    account = credentials(world).get(login.national_number) if login else None
    if login is None or login.key != key or account is None:
        return redirect(url_for("key_login", key_id=key, tx=transaction.id))
    if account.locked:
        return _locked(transaction)
    return _Started(transaction, login, account)


def _routes(key: str) -> Blueprint:
    routes = Blueprint(key, __name__, url_prefix=f"/fas/{key}")

    @routes.post("/password")
    def password() -> Response | Rendered:
        world = world_of()
        transaction = _open_transaction()
        if transaction is None:
            return _unknown()
        account = _account_for_password(transaction, key)
        if not isinstance(account, Account):
            return account
        login = CodeLogin(key, account.national_number)
        if key == "token":
            login.token_number = token_card.pick_number(world)
        if key == "email":
            login.mail_queued = _send_email_code(world, transaction, account)
        code_logins(world)[transaction.id] = login
        return redirect(url_for(".code", tx=transaction.id))

    @routes.get("/code")
    def code() -> Response | Rendered:
        started = _started(world_of(), key)
        return _code_page(started) if isinstance(started, _Started) else started

    @routes.post("/code")
    def check_code() -> Response | Rendered:
        world = world_of()
        started = _started(world, key)
        if not isinstance(started, _Started):
            return started
        given = request.form.get("code", "").strip()
        if not given:
            return _code_page(started, "missing")
        account = started.account
        outcome = code_matches(world, account, started.login, given)
        if outcome != EmailCodeCheck.OK:
            account.record_failure()
            return _locked(started.transaction) if account.locked else _code_page(started, outcome)
        person = by_national_number(account.national_number)
        if person is None:
            return _inactive(started.transaction, key)
        account.record_success()
        del code_logins(world)[started.transaction.id]
        return complete_login(started.transaction.id, person, key=key)

    @routes.post("/new-code")
    def new_code() -> Response | Rendered:
        world = world_of()
        started = _started(world, key)
        if not isinstance(started, _Started):
            return started
        if key == "email":
            started.login.mail_queued = _send_email_code(
                world, started.transaction, started.account
            )
        return redirect(url_for(".code", tx=started.transaction.id))

    return routes


class SecurityCodeLogin:
    """One security-code key in CSAM's table of key logins (``csam.keys.KEY_LOGINS``)."""

    def __init__(self, key: str) -> None:
        self.id = key
        self._routes = _routes(key)

    def blueprint(self) -> Blueprint:
        return self._routes

    def start(self, transaction: transactions.LoginTransaction) -> str:
        """The first page: username and password."""
        return render_template(
            "code_password.html",
            key=KEYS[self.id],
            transaction=transaction,
            error="",
            attempts_left=0,
            username="",
        )


EMAIL = SecurityCodeLogin("email")
APP = SecurityCodeLogin("app")
TOKEN = SecurityCodeLogin("token")
