"""The username and password policy CSAM states, and how a password is kept (scrypt)."""

from __future__ import annotations

import hashlib
import hmac
import re

USERNAME = re.compile(r"[a-z][a-z0-9._-]{5,19}")
PASSWORD_MIN_LENGTH = 10
PASSWORD_MAX_LENGTH = 64

# scrypt's cost as the Python documentation's example and OWASP's minimum: n=2**14 with r=8
# uses 16 MiB and takes a few tens of milliseconds.
SCRYPT_N = 2**14
SCRYPT_R = 8
SCRYPT_P = 1
KEY_LENGTH = 32


class PolicyError(ValueError):
    """A username or password that breaks the policy; ``problems`` are catalogue keys."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__(", ".join(problems))
        self.problems = problems


def username_problems(username: str) -> list[str]:
    """Catalogue keys of what is wrong with ``username`` (empty if it is fine)."""
    if not username:
        return ["credentials.username.missing"]
    if USERNAME.fullmatch(username) is None:
        return ["credentials.username.format"]
    return []


def password_problems(password: str, username: str) -> list[str]:
    """Catalogue keys of every rule ``password`` breaks (empty if it is fine)."""
    if not password:
        return ["credentials.password.missing"]
    problems = []
    if len(password) < PASSWORD_MIN_LENGTH:
        problems.append("credentials.password.too_short")
    if len(password) > PASSWORD_MAX_LENGTH:
        problems.append("credentials.password.too_long")
    if not re.search(r"[a-z]", password) or not re.search(r"[A-Z]", password):
        problems.append("credentials.password.cases")
    if not re.search(r"[0-9]", password):
        problems.append("credentials.password.digit")
    if not re.search(r"[^A-Za-z0-9]", password):
        problems.append("credentials.password.symbol")
    if username and username.lower() in password.lower():
        problems.append("credentials.password.contains_username")
    return problems


def hash_password(password: str, salt: bytes) -> bytes:
    return hashlib.scrypt(
        password.encode(), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, dklen=KEY_LENGTH
    )


def password_matches(password: str, salt: bytes, expected: bytes) -> bool:
    return hmac.compare_digest(hash_password(password, salt), expected)
