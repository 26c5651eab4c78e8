"""The digital keys' credentials: created at a registration office, activated by the person,
read by CSAM's key logins.

- ``store``: the accounts (username, password hash, e-mail, TOTP secret, token card,
  failed attempts), per world;
- ``passwords``: the username and password policy and the scrypt hash;
- ``totp``: the mobile app's codes (RFC 6238);
- ``token_card``: the 24 numbered codes of a token card.
"""

from __future__ import annotations

from mock_services.systems.csam.credentials import passwords, token_card, totp
from mock_services.systems.csam.credentials.passwords import PolicyError
from mock_services.systems.csam.credentials.store import (
    MAX_FAILED_ATTEMPTS,
    Account,
    CredentialStore,
    UsernameTakenError,
    credentials,
)

__all__ = [
    "MAX_FAILED_ATTEMPTS",
    "Account",
    "CredentialStore",
    "PolicyError",
    "UsernameTakenError",
    "credentials",
    "passwords",
    "token_card",
    "totp",
]
