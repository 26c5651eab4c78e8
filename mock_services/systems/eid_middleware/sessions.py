"""The eID software's side of a login: one signing request from CSAM, step by step.

CSAM sends the browser here with a challenge; the software finds the reader and the card,
shows the certificate it will use, asks for the PIN, has the card sign the challenge and
sends the result (or what went wrong) back to CSAM. The PIN is never stored.
"""

from __future__ import annotations

import base64
import threading
from dataclasses import dataclass, field

from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding

from mock_services.systems.eid_middleware.belpic_reader import (
    CertificateFile,
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


def outcome_of(error: Exception) -> Outcome:
    """What to tell CSAM about ``error`` (an unforeseen card problem counts as a removed card)."""
    return next(
        (outcome for kind, outcome in OUTCOME_OF_ERROR.items() if isinstance(error, kind)),
        Outcome.CARD_REMOVED,
    )


class CardSwappedError(CardRemovedError):
    """Another card is in the reader than the one whose certificate the user confirmed."""


@dataclass
class SigningRequest:
    id: str
    login: str
    challenge: str
    nonce: bytes
    return_to: str
    certificate_der: bytes = b""

    @property
    def certificate(self) -> x509.Certificate:
        return x509.load_der_x509_certificate(self.certificate_der)


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


def read_authentication_certificate(port: ReaderPort) -> bytes:
    """The DER of the authentication certificate on the card in the user's reader."""
    with connect(connected_reader(port)) as card:
        return card.read_certificate(CertificateFile.AUTHENTICATION).public_bytes(Encoding.DER)


def sign_challenge(port: ReaderPort, request: SigningRequest, pin: str) -> bytes:
    """Verify ``pin`` on the card that showed its certificate, and sign the challenge."""
    try:
        card = connect(connected_reader(port))
    except NoCardError as error:
        raise CardRemovedError(str(error)) from None
    with card:
        present = card.read_certificate(CertificateFile.AUTHENTICATION).public_bytes(Encoding.DER)
        if present != request.certificate_der:
            raise CardSwappedError("another card is in the reader than the one confirmed")
        return card.sign(request.nonce, pin=pin)


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")
