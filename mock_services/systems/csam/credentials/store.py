"""The accounts of the digital keys, per world (cleared on reset).

A registration office registers a person (national number and personal e-mail address);
the person then activates the account with a username and password and one or more keys.
CSAM's key logins read the same accounts and count failed attempts here.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

from mock_services.systems.csam.credentials import passwords, token_card, totp
from mock_services.systems.csam.credentials.passwords import PolicyError
from mock_services.world import World

STATE_KEY = "csam.credentials"
MAX_FAILED_ATTEMPTS = 5
"""Wrong passwords or codes in a row after which the account is locked."""
SALT_BYTES = 16


class UsernameTakenError(ValueError):
    def __init__(self, username: str) -> None:
        super().__init__(f"the username {username!r} is taken")
        self.username = username


@dataclass
class Account:
    national_number: str
    email: str
    """The personal address the office recorded: security codes by e-mail go there."""
    username: str = ""
    """Empty until the person activates the account."""
    password_salt: bytes = field(default=b"", repr=False)
    password_hash: bytes = field(default=b"", repr=False)
    email_code_active: bool = False
    """Whether the person confirmed the e-mail key with a first code."""
    totp_secret: str = field(default="", repr=False)
    totp_active: bool = False
    """Whether the person confirmed the mobile app with a first code."""
    token_codes: tuple[str, ...] = field(default=(), repr=False)
    """The token card, code number n at index n - 1; empty if the person has none."""
    failed_attempts: int = 0

    @property
    def activated(self) -> bool:
        """Whether the person chose a username and password."""
        return bool(self.username)

    @property
    def locked(self) -> bool:
        return self.failed_attempts >= MAX_FAILED_ATTEMPTS

    @property
    def attempts_left(self) -> int:
        return max(MAX_FAILED_ATTEMPTS - self.failed_attempts, 0)

    def password_matches(self, password: str) -> bool:
        """Whether ``password`` is this account's password (without counting anything)."""
        if not self.password_hash:
            return False
        return passwords.password_matches(password, self.password_salt, self.password_hash)

    def record_failure(self) -> None:
        """One more wrong password or code; the fifth in a row locks the account."""
        self.failed_attempts += 1

    def record_success(self) -> None:
        self.failed_attempts = 0


class CredentialStore:
    """Every account of one world, by national number and by username."""

    def __init__(self) -> None:
        self._lock = threading.RLock()
        self._accounts: dict[str, Account] = {}

    def register(self, national_number: str, email: str) -> Account:
        """The office creates (or renews) the keys of a person: a fresh account to activate."""
        with self._lock:
            account = Account(national_number=national_number, email=email)
            self._accounts[national_number] = account
            return account

    def get(self, national_number: str) -> Account | None:
        with self._lock:
            return self._accounts.get(national_number)

    def by_username(self, username: str) -> Account | None:
        wanted = username.strip().lower()
        with self._lock:
            return next((a for a in self._accounts.values() if a.username == wanted), None)

    def set_login(self, world: World, account: Account, username: str, password: str) -> None:
        """Give ``account`` its username and password, or raise PolicyError (every problem
        at once) or UsernameTakenError."""
        username = username.strip().lower()
        problems = passwords.username_problems(username)
        problems += passwords.password_problems(password, username)
        if problems:
            raise PolicyError(problems)
        with self._lock:
            owner = self.by_username(username)
            if owner is not None and owner is not account:
                raise UsernameTakenError(username)
            salt = world.secret_random("csam:password-salt").randbytes(SALT_BYTES)
            account.username = username
            account.password_salt = salt
            account.password_hash = passwords.hash_password(password, salt)

    def start_totp(self, world: World, account: Account) -> str:
        """A new secret for the mobile app, active once a first code confirms it."""
        with self._lock:
            account.totp_secret = totp.new_secret(world)
            account.totp_active = False
            return account.totp_secret

    def issue_token_card(self, world: World, account: Account) -> tuple[str, ...]:
        with self._lock:
            account.token_codes = token_card.new_card(world)
            return account.token_codes


def credentials(world: World) -> CredentialStore:
    return world.state(STATE_KEY, CredentialStore)
