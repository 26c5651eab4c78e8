"""The syntax of the request parameters a provider repeats in its error messages.

Authlib puts the ``response_type`` and the ``redirect_uri`` it refuses into the error's
description, and refuses to build a description with characters RFC 6749 forbids there
(``"``, ``\\``, anything outside printable ASCII): a ``ValueError`` instead of an error page.
Checking these parameters against their grammar (RFC 6749 Appendix A, RFC 3986) first turns
such a request into the clear "invalid request" it is.
"""

from __future__ import annotations

import base64
import binascii
import re

from werkzeug.datastructures import MultiDict

_RESPONSE_TYPE = re.compile(r"[A-Za-z0-9_]+( [A-Za-z0-9_]+)*")
"""RFC 6749 A.3: response-name *( SP response-name ), response-char = "_" / DIGIT / ALPHA."""
_URI_REFERENCE = re.compile(r"[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]*")
"""The characters an RFC 3986 URI-reference is made of (RFC 6749 A.6)."""

AUTHORIZATION_GRAMMAR = {"response_type": _RESPONSE_TYPE, "redirect_uri": _URI_REFERENCE}


def malformed_parameter(params: MultiDict[str, str]) -> str | None:
    """The first parameter of an authorization request that breaks its grammar, if any."""
    for name, grammar in AUTHORIZATION_GRAMMAR.items():
        if any(not grammar.fullmatch(value) for value in params.getlist(name)):
            return name
    return None


def unreadable_basic_credentials(authorization: str | None) -> bool:
    """Whether an ``Authorization: Basic`` header cannot be read as UTF-8 credentials."""
    scheme, _, token = (authorization or "").partition(" ")
    if scheme.lower() != "basic":
        return False
    try:
        base64.b64decode(token.strip()).decode()
    except (binascii.Error, UnicodeDecodeError):
        return True
    return False
