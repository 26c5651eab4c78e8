"""The eID software's side of one request: a login for CSAM or a document signature.

A caller sends the browser here; the software finds the reader and the card, shows the
certificate it will use, asks for the PIN, has the card sign and sends the result (or what
went wrong) back to the caller. The PIN is never stored.

A login signs the SHA-256 of CSAM's nonce with the authentication key (82); a document
signature signs the caller's bare SHA-256 hash with the non-repudiation key (83), whose
certificate (file 5039) is the one shown.
"""

from __future__ import annotations

import base64
import hashlib
import threading
from dataclasses import dataclass, field

from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding

from mock_services.systems.eid_middleware.belpic_reader import (
    CertificateFile,
    SigningKey,
    connect,
    list_readers,
)
from mock_services.systems.eid_middleware.contract import Outcome
from mock_services.systems.eid_middleware.controls import ReaderPort
from mock_services.systems.eid_middleware.errors import (
    CardRemovedError,
    NoCardError,
    NoReaderError,
    NotAnEidCardError,
    PinBlockedError,
)

OUTCOME_OF_ERROR: dict[type[Exception], Outcome] = {
    NoReaderError: Outcome.NO_READER,
    NoCardError: Outcome.NO_CARD,
    NotAnEidCardError: Outcome.NOT_EID,
    CardRemovedError: Outcome.CARD_REMOVED,
    PinBlockedError: Outcome.PIN_BLOCKED,
}

CERTIFICATE_OF_KEY = {
    SigningKey.AUTHENTICATION: CertificateFile.AUTHENTICATION,
    SigningKey.NON_REPUDIATION: CertificateFile.SIGNATURE,
}


def outcome_of(error: Exception) -> Outcome:
    """What to tell the caller about ``error`` (an unforeseen card problem counts as removed)."""
    return next(
        (outcome for kind, outcome in OUTCOME_OF_ERROR.items() if isinstance(error, kind)),
        Outcome.CARD_REMOVED,
    )


class CardSwappedError(CardRemovedError):
    """Another card is in the reader than the one whose certificate the user confirmed."""


@dataclass
class SigningRequest:
    """One request; ``echo`` are the fields posted back with every answer."""

    id: str
    return_to: str
    echo: dict[str, str]
    digest: bytes
    key: SigningKey = SigningKey.AUTHENTICATION
    document: str = ""
    certificate_der: bytes = b""

    @property
    def is_document_signature(self) -> bool:
        return self.key is SigningKey.NON_REPUDIATION

    @property
    def certificate_file(self) -> CertificateFile:
        return CERTIFICATE_OF_KEY[self.key]

    @property
    def certificate(self) -> x509.Certificate:
        return x509.load_der_x509_certificate(self.certificate_der)


def login_request(
    request_id: str, return_to: str, login: str, challenge: str, nonce: bytes
) -> SigningRequest:
    """CSAM's login: the authentication key signs the SHA-256 of the nonce."""
    return SigningRequest(
        id=request_id,
        return_to=return_to,
        echo={"login": login, "challenge": challenge},
        digest=hashlib.sha256(nonce).digest(),
    )


def document_request(
    request_id: str, return_to: str, reference: str, digest: bytes, document: str
) -> SigningRequest:
    """A document signature: the non-repudiation key signs the caller's SHA-256 hash."""
    return SigningRequest(
        id=request_id,
        return_to=return_to,
        echo={"request": reference},
        digest=digest,
        key=SigningKey.NON_REPUDIATION,
        document=document,
    )


@dataclass
class SigningRequests:
    _requests: dict[str, SigningRequest] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, request: SigningRequest) -> None:
        with self._lock:
            self._requests[request.id] = request

    def get(self, request_id: str) -> SigningRequest | None:
        with self._lock:
            return self._requests.get(request_id)

    def close(self, request_id: str) -> None:
        with self._lock:
            self._requests.pop(request_id, None)


def connected_reader(port: ReaderPort) -> str:
    """The user's reader's PC/SC name, or NoReaderError when it is unplugged or unknown."""
    if not port.plugged or port.name not in list_readers():
        raise NoReaderError(f"card reader {port.name!r} is not connected")
    return port.name


def read_certificate(port: ReaderPort, which: CertificateFile) -> bytes:
    """The DER of certificate ``which`` on the card in the user's reader."""
    with connect(connected_reader(port)) as card:
        return card.read_certificate(which).public_bytes(Encoding.DER)


def sign_request(port: ReaderPort, request: SigningRequest, pin: str) -> bytes:
    """Verify ``pin`` on the card that showed its certificate, and sign the request's hash.

    For key 83 the card gets MSE SET, VERIFY and PSO in that order (the official
    middleware's), as it signs only right after a VERIFY.
    """
    try:
        card = connect(connected_reader(port))
    except NoCardError as error:
        raise CardRemovedError(str(error)) from None
    with card:
        present = card.read_certificate(request.certificate_file).public_bytes(Encoding.DER)
        if present != request.certificate_der:
            raise CardSwappedError("another card is in the reader than the one confirmed")
        return card.sign_digest(request.digest, "sha256", key=request.key, pin=pin)


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")
