"""Addresses of an SMS: recipients in E.164, senders as short codes, numbers or names.

E.164 is ``+``, a country code and the subscriber number: at most 15 digits, never starting
with 0. A sender is what the phone shows as "from": a short code (``8836``), a phone number
in E.164, or an alphanumeric name of at most 11 characters (GSM 03.40).
"""

from __future__ import annotations

import re

E164 = re.compile(r"\+[1-9]\d{6,14}")
SHORT_CODE = re.compile(r"\d{3,8}")
ALPHANUMERIC_SENDER = re.compile(r"[A-Za-z0-9][A-Za-z0-9 .\-]{0,10}")


def is_e164(number: str) -> bool:
    return E164.fullmatch(number) is not None


def is_sender(sender: str) -> bool:
    """A short code, an E.164 number, or an alphanumeric sender name with a letter in it."""
    if SHORT_CODE.fullmatch(sender) or is_e164(sender):
        return True
    return ALPHANUMERIC_SENDER.fullmatch(sender) is not None and any(
        char.isalpha() for char in sender
    )


def from_query(value: str) -> str:
    """A number taken from a URL query: ``?to=+32…`` unencoded arrives as a space (form
    decoding makes ``+`` a space), so a leading space before digits is read as the ``+``."""
    if value.startswith(" ") and value[1:].isdigit():
        return "+" + value[1:]
    return value
