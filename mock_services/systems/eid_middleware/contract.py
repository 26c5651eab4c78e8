"""What CSAM relies on of the eID software: where to send the browser, and what comes back.

CSAM sends the browser to ``SIGN_PATH`` with the query parameters ``login``, ``challenge``,
``nonce`` (hex), ``return_to`` (CSAM's eID callback) and ``lang``. The software answers with
a form POST to ``return_to`` that carries ``login`` and ``challenge`` again, and either
``certificate`` and ``signature`` (base64) or ``error``: one of ``Outcome``.

A document signature (``purpose=sign``) is asked for with ``key=signature``, ``hash`` (hex),
``hash_algorithm=sha256``, ``document`` (its title, shown in the dialogs), ``request``,
``return_to`` and ``lang``; the answer carries ``request`` and either ``certificate`` (the
signature certificate) and ``signature`` or ``error``. Only the callers in
``SIGNATURE_CALLERS`` may ask for one: a signature with key 83 is legally binding.

Free of PC/SC on purpose: CSAM imports this module, and must not load pyscard.
"""

from __future__ import annotations

from enum import StrEnum

SERVICE = "eid_middleware"
SIGN_PATH = "/sign"
PURPOSE_SIGN = "sign"

# Who may ask for a signature with the non-repudiation key: (system, callback path).
SIGNATURE_CALLERS: tuple[tuple[str, str], ...] = (("itsme_enrolment", "/self-enroll/signed"),)


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
