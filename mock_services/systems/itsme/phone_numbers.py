"""Mobile numbers as itsme's login page takes them: a country code and the number.

Belgian mobile numbers are 04xx xx xx xx nationally, +32 4xx xx xx xx internationally: nine
digits after +32, the first a 4. Spaces, dots, slashes and dashes are ignored; a number typed
with its own country code (+32… or 0032…) overrides the selected one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

BELGIUM = "32"
COUNTRY_CODES = ("32", "31", "352", "33", "49")
"""The country codes of the selector, Belgium first (the default)."""
_SEPARATORS = re.compile(r"[\s./()\-]")


class PhoneNumberProblem(StrEnum):
    EMPTY = "empty"
    NOT_BELGIAN_MOBILE = "not_belgian_mobile"
    INVALID = "invalid"


class InvalidPhoneNumberError(ValueError):
    def __init__(self, problem: PhoneNumberProblem) -> None:
        super().__init__(problem.value)
        self.problem = problem


@dataclass(frozen=True)
class PhoneNumber:
    country_code: str
    subscriber: str
    """The national significant number: without trunk prefix 0 and without country code."""

    @property
    def e164(self) -> str:
        return f"+{self.country_code}{self.subscriber}"

    @property
    def national(self) -> str:
        """``0470 12 34 56``: as a Belgian types a Belgian number."""
        s = self.subscriber
        if self.country_code == BELGIUM:
            return f"0{s[0:3]} {s[3:5]} {s[5:7]} {s[7:9]}"
        return f"0{s}"

    @property
    def display(self) -> str:
        """``+32 470 12 34 56`` for Belgian numbers, ``+31 612345678`` for others."""
        s = self.subscriber
        if self.country_code == BELGIUM:
            return f"+32 {s[0:3]} {s[3:5]} {s[5:7]} {s[7:9]}"
        return f"+{self.country_code} {s}"


def _split_international(digits: str) -> tuple[str, str]:
    for code in sorted(COUNTRY_CODES, key=len, reverse=True):
        if digits.startswith(code):
            return code, digits[len(code) :]
    raise InvalidPhoneNumberError(PhoneNumberProblem.INVALID)


def parse_phone_number(country_code: str, typed: str) -> PhoneNumber:
    """The number the user typed, checked; raises ``InvalidPhoneNumberError``."""
    if country_code not in COUNTRY_CODES:
        raise InvalidPhoneNumberError(PhoneNumberProblem.INVALID)
    number = _SEPARATORS.sub("", typed)
    if not number:
        raise InvalidPhoneNumberError(PhoneNumberProblem.EMPTY)
    if number.startswith(("+", "00")):
        digits = number[1:] if number.startswith("+") else number[2:]
        if not digits.isdigit():
            raise InvalidPhoneNumberError(PhoneNumberProblem.INVALID)
        country_code, number = _split_international(digits)
    elif not number.isdigit():
        raise InvalidPhoneNumberError(PhoneNumberProblem.INVALID)
    elif number.startswith("0"):
        number = number[1:]
    if country_code == BELGIUM:
        if len(number) != 9 or not number.startswith("4"):
            raise InvalidPhoneNumberError(PhoneNumberProblem.NOT_BELGIAN_MOBILE)
    elif not 6 <= len(number) <= 12:
        raise InvalidPhoneNumberError(PhoneNumberProblem.INVALID)
    return PhoneNumber(country_code, number)
