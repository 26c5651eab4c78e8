"""What CSAM relies on of the eID software: where to send the browser, and what comes back.

CSAM sends the browser to ``SIGN_PATH`` with the query parameters ``login``, ``challenge``,
``nonce`` (hex), ``return_to`` (CSAM's eID callback) and ``lang``. The software answers with
a form POST to ``return_to`` that carries ``login`` and ``challenge`` again, and either
``certificate`` and ``signature`` (base64) or ``error``: one of ``Outcome``.

Free of PC/SC on purpose: CSAM imports this module, and must not load pyscard.
"""

from __future__ import annotations

from enum import StrEnum

SERVICE = "eid_middleware"
SIGN_PATH = "/sign"


class Outcome(StrEnum):
    """What the eID software reports back to CSAM when it could not sign.

    CSAM explains each to the user (messages ``csam.eid_failed.<value>``).
    """

    CANCELLED = "cancelled"
    NO_READER = "no_reader"
    NO_CARD = "no_card"
    NOT_EID = "not_eid"
    CARD_REMOVED = "card_removed"
    PIN_BLOCKED = "pin_blocked"
