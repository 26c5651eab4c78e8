"""Self-enrolment with the eID: one enrolment from the computer's first form to the account.

Its stages follow the seed's steps. On the computer: the phone number and e-mail address
(2), the contract signed with the eID's signature key (3), the identification token (4). In
the app: the phone number (5), the token (6), the control code sent by SMS from 8836 (7),
the itsme code chosen and confirmed, and the fingerprint or face if wanted (8). The result
is an itsme account and a device bound to it.

Every refusal is an ``EnrolmentError`` whose ``problem`` names the message to show; an
enrolment that is stopped (too many wrong codes) stays stopped.
"""

from __future__ import annotations

import hmac
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum
from itertools import pairwise

from cryptography import x509

from mock_services.smartcard.eid_pki import KeyRole
from mock_services.smartcard.eid_verification import (
    CertificateExpiredError,
    CertificateNotYetValidError,
    CertificateRevokedError,
    EidSignatureError,
    RevocationUnknownError,
    TrustAnchors,
    WrongKeyError,
    verify_signed_hash,
)
from mock_services.systems.itsme.accounts import (
    AccountExistsError,
    has_account,
    itsme_account,
    open_account,
)
from mock_services.systems.itsme.devices import register_device
from mock_services.systems.itsme.identification_tokens import TokenMatch, compare, new_token
from mock_services.systems.itsme.phone_numbers import BELGIUM, parse_phone_number
from mock_services.systems.itsme.user_contract import ContractDocument, contract_for
from mock_services.systems.sms.client import SmsNotSentError, send_sms
from mock_services.world import World
from mock_services.world.i18n import catalogue
from mock_services.world.people import Person, by_national_number, person
from mock_services.world.tokens import seeded_token

TOKEN_LIFETIME = timedelta(minutes=30)
MAX_TOKEN_ATTEMPTS = 5
MAX_CONTROL_CODE_ATTEMPTS = 3
SMS_SENDER = "8836"
SMS_CLIENT = "itsme"
STATE_KEY = "itsme.enrolments"


class Stage(StrEnum):
    CONTRACT = "contract"
    """Phone and e-mail given; the contract waits for the eID signature."""
    TOKEN = "token"
    """Contract signed; the identification token waits to be typed in the app."""
    CONTROL_CODE = "control_code"
    """Token accepted; the control code sent by SMS waits to be typed."""
    ITSME_CODE = "itsme_code"
    """Phone number proven; the user chooses and confirms the itsme code."""
    BIOMETRICS = "biometrics"
    """Code confirmed; fingerprint or face, or not."""
    DONE = "done"
    STOPPED = "stopped"


class EnrolmentError(Exception):
    """A refusal; ``problem`` names the message shown (``itsme.enrol.error_<problem>``)."""

    def __init__(self, problem: str, attempts_left: int | None = None) -> None:
        super().__init__(problem)
        self.problem = problem
        self.attempts_left = attempts_left


class SignatureRefusedError(EnrolmentError):
    def __init__(self, problem: str, cause: Exception | None = None) -> None:
        super().__init__(problem)
        self.cause = cause


@dataclass
class Enrolment:
    id: str
    phone: str
    """E.164, as given on the computer."""
    email: str
    language: str
    created: datetime
    stage: Stage = Stage.CONTRACT
    person_id: str = ""
    token: str = ""
    token_issued: datetime | None = None
    token_attempts: int = 0
    token_mail: str = ""
    """How the token's e-mail went: a ``mail.sender.Delivery`` value, or empty."""
    control_code: str = ""
    """The code of the last SMS handed to the network; empty until one was."""
    control_code_attempts: int = 0
    chosen_code: str = ""

    @property
    def contract(self) -> ContractDocument:
        return contract_for(self.id, self.phone, self.email, self.language)

    @property
    def phone_display(self) -> str:
        """``+32 475 67 89 01``: as the app shows the number."""
        return parse_phone_number(BELGIUM, self.phone).display

    @property
    def token_expires(self) -> datetime | None:
        return None if self.token_issued is None else self.token_issued + TOKEN_LIFETIME

    @property
    def person(self) -> Person:
        return person(self.person_id)

    def expect(self, *stages: Stage) -> None:
        if self.stage is Stage.STOPPED:
            raise EnrolmentError("stopped")
        if self.stage not in stages:
            raise EnrolmentError("wrong_step")


@dataclass
class Enrolments:
    by_id: dict[str, Enrolment] = field(default_factory=dict)


def enrolments(world: World) -> Enrolments:
    return world.state(STATE_KEY, Enrolments)


def find(world: World, enrolment_id: str) -> Enrolment | None:
    return enrolments(world).by_id.get(enrolment_id)


def start(world: World, phone: str, email: str, language: str) -> Enrolment:
    """Step 2: a new enrolment for ``phone``; refused if the number has an account."""
    if itsme_account(world, phone) is not None:
        raise EnrolmentError("phone_taken")
    enrolment = Enrolment(
        # Printed in the contract the person signs (and so in the guide): seeded, like a code.
        id=seeded_token(world, "itsme.enrolment.id", 24),
        phone=phone,
        email=email,
        language=language,
        created=world.clock.now(),
    )
    enrolments(world).by_id[enrolment.id] = enrolment
    return enrolment


def accept_signature(
    world: World,
    enrolment: Enrolment,
    certificate: x509.Certificate,
    signature: bytes,
    anchors: TrustAnchors,
) -> str:
    """Step 3 and 4: the contract signed with the card's signature key; the new token."""
    enrolment.expect(Stage.CONTRACT)
    now = world.clock.now()
    try:
        signer = verify_signed_hash(
            certificate,
            enrolment.contract.digest,
            signature,
            role=KeyRole.SIGNATURE,
            anchors=anchors,
            now=now,
        )
    except EidSignatureError as error:
        raise SignatureRefusedError(_signature_problem(error), error) from None
    signed_by = by_national_number(signer.national_number)
    if signed_by is None:
        raise SignatureRefusedError("unknown_person")
    if has_account(world, signed_by.national_number):
        raise SignatureRefusedError("person_has_account")
    enrolment.person_id = signed_by.id
    enrolment.token = new_token(world)
    enrolment.token_issued = now
    enrolment.stage = Stage.TOKEN
    return enrolment.token


def _signature_problem(error: EidSignatureError) -> str:
    if isinstance(error, CertificateExpiredError | CertificateNotYetValidError):
        return "card_expired"
    if isinstance(error, CertificateRevokedError):
        return "card_revoked"
    if isinstance(error, RevocationUnknownError):
        return "revocation_unknown"
    if isinstance(error, WrongKeyError):
        return "wrong_key"
    return "signature_invalid"


def waiting_for_app(world: World, phone: str) -> Enrolment | None:
    """Step 5: the newest enrolment of ``phone`` that the app can continue."""
    candidates = [
        enrolment
        for enrolment in enrolments(world).by_id.values()
        if enrolment.phone == phone and enrolment.stage is Stage.TOKEN
    ]
    return candidates[-1] if candidates else None


def check_token(world: World, enrolment: Enrolment, typed: str) -> None:
    """Step 6: the token exactly as shown, within 30 minutes; five wrong tries stop it."""
    enrolment.expect(Stage.TOKEN)
    expires = enrolment.token_expires
    if expires is None or world.clock.now() >= expires:
        raise EnrolmentError("token_expired")
    match = compare(enrolment.token, typed)
    if match is TokenMatch.EXACT:
        enrolment.stage = Stage.CONTROL_CODE
        return
    enrolment.token_attempts += 1
    left = MAX_TOKEN_ATTEMPTS - enrolment.token_attempts
    if left <= 0:
        enrolment.stage = Stage.STOPPED
        raise EnrolmentError("stopped")
    raise EnrolmentError(
        "token_case" if match is TokenMatch.NEAR_MISS else "token_wrong", attempts_left=left
    )


def send_control_code(world: World, enrolment: Enrolment) -> None:
    """Step 7: a new control code by SMS from 8836; the previous code no longer counts.

    If the network cannot take the SMS, ``sms_not_sent`` is raised and the enrolment stays
    where it was: sending again is all it takes.
    """
    enrolment.expect(Stage.CONTROL_CODE)
    code = f"{world.random('itsme.enrolment.control_code').randrange(100000):05d}"
    text = catalogue().text("itsme.enrol.sms_text", enrolment.language, code=code)
    try:
        send_sms(world, SMS_CLIENT, SMS_SENDER, enrolment.phone, text)
    except SmsNotSentError as error:
        raise EnrolmentError("sms_not_sent") from error
    enrolment.control_code = code
    enrolment.control_code_attempts = 0


def check_control_code(enrolment: Enrolment, typed: str) -> None:
    """Step 7: the code of the last SMS; three wrong codes stop the enrolment."""
    enrolment.expect(Stage.CONTROL_CODE)
    if not enrolment.control_code:
        raise EnrolmentError("sms_not_sent")
    typed = typed.strip()
    if not (typed.isdigit() and len(typed) == 5):
        raise EnrolmentError(
            "control_code_format",
            attempts_left=MAX_CONTROL_CODE_ATTEMPTS - enrolment.control_code_attempts,
        )
    if hmac.compare_digest(typed.encode(), enrolment.control_code.encode()):
        enrolment.stage = Stage.ITSME_CODE
        return
    enrolment.control_code_attempts += 1
    left = MAX_CONTROL_CODE_ATTEMPTS - enrolment.control_code_attempts
    if left <= 0:
        enrolment.stage = Stage.STOPPED
        raise EnrolmentError("stopped")
    raise EnrolmentError("control_code_wrong", attempts_left=left)


def _weak(code: str) -> bool:
    """Five equal digits, or five digits counting up or down."""
    steps = {int(b) - int(a) for a, b in pairwise(code)}
    return len(steps) == 1 and steps <= {-1, 0, 1}


def choose_itsme_code(enrolment: Enrolment, code: str) -> None:
    """Step 8: five digits, not easy to guess; confirmed on the next screen."""
    enrolment.expect(Stage.ITSME_CODE)
    code = code.strip()
    if not (code.isdigit() and len(code) == 5):
        raise EnrolmentError("itsme_code_format")
    if _weak(code):
        raise EnrolmentError("itsme_code_weak")
    enrolment.chosen_code = code


def confirm_itsme_code(enrolment: Enrolment, code: str) -> None:
    """Step 8: the same code again; on a mismatch the user chooses anew."""
    enrolment.expect(Stage.ITSME_CODE)
    if not enrolment.chosen_code:
        raise EnrolmentError("wrong_step")
    if not hmac.compare_digest(code.strip().encode(), enrolment.chosen_code.encode()):
        enrolment.chosen_code = ""
        raise EnrolmentError("itsme_code_mismatch")
    enrolment.stage = Stage.BIOMETRICS


def finish(world: World, enrolment: Enrolment, biometrics: bool) -> str:
    """The account, and this phone's device: the credential the phone keeps."""
    enrolment.expect(Stage.BIOMETRICS)
    try:
        open_account(world, enrolment.person, enrolment.phone, enrolment.chosen_code, biometrics)
    except AccountExistsError:
        enrolment.stage = Stage.STOPPED
        raise EnrolmentError("phone_taken") from None
    enrolment.stage = Stage.DONE
    return register_device(world, enrolment.phone)
