"""The life of an itsme request: pending in the app until confirmed, refused or expired.

A request is pending for ``REQUEST_LIFETIME`` on the world clock, then expired. Confirming
needs the account's 5-digit itsme code (or the fingerprint, where enabled); after
``MAX_CODE_ATTEMPTS`` wrong codes the account is blocked and so is the request.
"""

from __future__ import annotations

import hmac
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum

from mock_services.systems.itsme.accounts import AccountState
from mock_services.world.people import Person

REQUEST_LIFETIME = timedelta(minutes=5)


class RequestStatus(StrEnum):
    PENDING = "pending"
    APPROVED = "approved"
    REFUSED = "refused"
    EXPIRED = "expired"
    BLOCKED = "blocked"


class RequestClosedError(RuntimeError):
    """The request is no longer pending: it cannot be confirmed or refused any more."""

    def __init__(self, status: RequestStatus) -> None:
        super().__init__(f"the request is {status}")
        self.status = status


@dataclass
class ItsmeRequest:
    id: str
    authorization_id: str
    person_id: str
    phone: str
    """The mobile number in international form, ``+32470123456``."""
    created: datetime
    status: RequestStatus = RequestStatus.PENDING
    confirmed_with: str = ""
    """``code`` or ``fingerprint`` once approved."""
    used: bool = False
    """Whether the approval was already turned into an authorization code."""
    same_device: bool = False
    """Opened by the app through a link from the phone's own browser (``app_links.py``): the
    app sends the browser back when the request is answered."""

    @property
    def expires_at(self) -> datetime:
        return self.created + REQUEST_LIFETIME

    def status_at(self, now: datetime) -> RequestStatus:
        """The status at ``now``: a pending request past its lifetime has expired."""
        if self.status is RequestStatus.PENDING and now >= self.expires_at:
            self.status = RequestStatus.EXPIRED
        return self.status


@dataclass(frozen=True)
class CodeCheck:
    accepted: bool
    attempts_left: int
    status: RequestStatus


@dataclass
class RequestBook:
    """Every request and the state of every account, kept in ``world.state``."""

    requests: dict[str, ItsmeRequest] = field(default_factory=dict)
    accounts: dict[str, AccountState] = field(default_factory=dict)

    def account(self, person: Person) -> AccountState:
        return self.accounts.setdefault(person.id, AccountState())

    def open(
        self,
        request_id: str,
        authorization_id: str,
        person: Person,
        phone: str,
        now: datetime,
        *,
        same_device: bool = False,
    ) -> ItsmeRequest:
        """A new pending request; an earlier pending request of the same phone is replaced."""
        for earlier in self.requests.values():
            if earlier.phone == phone and earlier.status_at(now) is RequestStatus.PENDING:
                earlier.status = RequestStatus.EXPIRED
        request = ItsmeRequest(
            request_id, authorization_id, person.id, phone, now, same_device=same_device
        )
        self.requests[request_id] = request
        return request

    def pending_for(self, phone: str, now: datetime) -> ItsmeRequest | None:
        return next(
            (
                request
                for request in reversed(self.requests.values())
                if request.phone == phone and request.status_at(now) is RequestStatus.PENDING
            ),
            None,
        )

    @staticmethod
    def _pending(request: ItsmeRequest, now: datetime) -> None:
        status = request.status_at(now)
        if status is not RequestStatus.PENDING:
            raise RequestClosedError(status)

    def refuse(self, request: ItsmeRequest, now: datetime) -> None:
        self._pending(request, now)
        request.status = RequestStatus.REFUSED

    def confirm_with_code(
        self, request: ItsmeRequest, person: Person, code: str, now: datetime
    ) -> CodeCheck:
        self._pending(request, now)
        account = self.account(person)
        if hmac.compare_digest(code.strip().encode(), person.itsme_code.encode()):
            account.failed_attempts = 0
            request.status = RequestStatus.APPROVED
            request.confirmed_with = "code"
            return CodeCheck(True, account.attempts_left, request.status)
        account.failed_attempts += 1
        if account.attempts_left == 0:
            account.blocked = True
            request.status = RequestStatus.BLOCKED
        return CodeCheck(False, account.attempts_left, request.status)

    def confirm_with_fingerprint(
        self, request: ItsmeRequest, person: Person, now: datetime
    ) -> None:
        self._pending(request, now)
        if not person.itsme_fingerprint:
            raise PermissionError(f"{person.id} did not enable the fingerprint in itsme")
        request.status = RequestStatus.APPROVED
        request.confirmed_with = "fingerprint"
