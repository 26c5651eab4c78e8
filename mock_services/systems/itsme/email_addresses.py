"""E-mail addresses as a form takes them: the WHATWG "valid e-mail address", with a dot in
the domain (an address on the internet, not on a local host)."""

from __future__ import annotations

import re

_LABEL = r"[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?"
VALID_EMAIL = re.compile(rf"[a-zA-Z0-9.!#$%&'*+/=?^_`{{|}}~-]+@{_LABEL}(?:\.{_LABEL})+")
MAX_LENGTH = 254
"""RFC 5321: the longest path an address can be used in."""


def is_email_address(address: str) -> bool:
    return len(address) <= MAX_LENGTH and VALID_EMAIL.fullmatch(address) is not None
