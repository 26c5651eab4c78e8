from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from mock_services.systems.itsme.accounts import MAX_CODE_ATTEMPTS, itsme_account
from mock_services.systems.itsme.requests import (
    REQUEST_LIFETIME,
    ItsmeRequest,
    RequestBook,
    RequestClosedError,
    RequestStatus,
)
from mock_services.world import World
from mock_services.world.people import person

NOW = datetime(2026, 3, 2, 8, 30, tzinfo=UTC)


@pytest.fixture
def book() -> RequestBook:
    return RequestBook()


def opened(book: RequestBook, person_id: str = "an", request_id: str = "r1") -> ItsmeRequest:
    someone = person(person_id)
    return book.open(request_id, "auth-1", someone, someone.mobile, NOW)


def test_a_new_request_is_pending_for_the_phone(book: RequestBook) -> None:
    request = opened(book)
    assert request.status_at(NOW) is RequestStatus.PENDING
    assert book.pending_for(person("an").mobile, NOW) is request
    assert book.pending_for(person("emma").mobile, NOW) is None


def test_the_right_code_approves(book: RequestBook) -> None:
    request = opened(book)
    check = book.confirm_with_code(request, person("an"), "24680", NOW)
    assert check.accepted
    assert request.status is RequestStatus.APPROVED
    assert request.confirmed_with == "code"


def test_refusing_closes_the_request(book: RequestBook) -> None:
    request = opened(book)
    book.refuse(request, NOW)
    assert request.status is RequestStatus.REFUSED
    with pytest.raises(RequestClosedError):
        book.confirm_with_code(request, person("an"), "24680", NOW)


def test_a_request_expires_after_its_lifetime(book: RequestBook) -> None:
    request = opened(book)
    later = NOW + REQUEST_LIFETIME
    assert request.status_at(later - timedelta(seconds=1)) is RequestStatus.PENDING
    assert request.status_at(later) is RequestStatus.EXPIRED
    with pytest.raises(RequestClosedError) as closed:
        book.refuse(request, later)
    assert closed.value.status is RequestStatus.EXPIRED
    assert book.pending_for(person("an").mobile, later) is None


def test_wrong_codes_count_down_then_block_the_account(book: RequestBook) -> None:
    an = person("an")
    request = opened(book)
    left = [book.confirm_with_code(request, an, "11111", NOW).attempts_left for _ in range(2)]
    assert left == [MAX_CODE_ATTEMPTS - 1, MAX_CODE_ATTEMPTS - 2]
    last = book.confirm_with_code(request, an, "11111", NOW)
    assert (last.accepted, last.attempts_left, last.status) == (False, 0, RequestStatus.BLOCKED)
    assert book.account(an).blocked


def test_the_right_code_resets_the_count(book: RequestBook) -> None:
    an = person("an")
    first = opened(book)
    book.confirm_with_code(first, an, "11111", NOW)
    book.confirm_with_code(first, an, "24680", NOW)
    second = opened(book, request_id="r2")
    assert book.confirm_with_code(second, an, "11111", NOW).attempts_left == MAX_CODE_ATTEMPTS - 1


def test_fingerprint_only_where_enabled(book: RequestBook) -> None:
    emma_request = opened(book, "emma")
    book.confirm_with_fingerprint(emma_request, person("emma"), NOW)
    assert emma_request.confirmed_with == "fingerprint"
    with pytest.raises(PermissionError):
        book.confirm_with_fingerprint(opened(book, "an", "r2"), person("an"), NOW)


def test_a_new_request_replaces_the_pending_one(book: RequestBook) -> None:
    first = opened(book)
    second = opened(book, request_id="r2")
    assert first.status is RequestStatus.EXPIRED
    assert book.pending_for(person("an").mobile, NOW) is second


def test_only_people_with_itsme_have_an_account() -> None:
    world = World()
    assert itsme_account(world, person("an").mobile) == person("an")
    assert itsme_account(world, person("bram").mobile) is None
    assert itsme_account(world, "+32499999999") is None
