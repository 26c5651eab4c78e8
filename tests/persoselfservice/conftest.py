"""A running world whose PersoSelfService has a given inactivity policy, and a login to it."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from functools import partial

import pytest
import requests

from mock_services import persoselfservice
from mock_services.csam.login import complete_login
from mock_services.hosting import AppFactory, WorldHost
from mock_services.people import person
from mock_services.persoselfservice.inactivity import InactivityPolicy
from mock_services.registry import SERVICES
from mock_services.world import World
from tests.oidc.conftest import follow, query

HOME = "/psp/ps/EMPLOYEE/HRMS/h/"
PAYSLIPS = "/psc/ps/EMPLOYEE/HRMS/c/payslips"
KEEP_ALIVE = "/psp/ps/EMPLOYEE/HRMS/keepalive"
EXPIRE = "/psp/ps/EMPLOYEE/HRMS/?cmd=expire"
SHORT = InactivityPolicy(timeout=timedelta(minutes=5), warning_before=timedelta(seconds=90))


def _host(policy: InactivityPolicy | None) -> Iterator[WorldHost]:
    factory: AppFactory = partial(persoselfservice.create_app, inactivity=policy)
    services = {**SERVICES, "persoselfservice": factory}
    with WorldHost(World(), services) as host:
        yield host


@pytest.fixture(scope="module")
def host() -> Iterator[WorldHost]:
    yield from _host(None)


@pytest.fixture(scope="module")
def short_host() -> Iterator[WorldHost]:
    yield from _host(SHORT)


@dataclass
class Visitor:
    """A browser (a cookie jar) in front of PersoSelfService."""

    world: World
    browser: requests.Session

    def url(self, path: str) -> str:
        return self.world.url("persoselfservice", path)

    def get(self, path: str) -> tuple[requests.Response, str]:
        """GET ``path`` and follow its redirects: the final answer and where it came from."""
        return follow(self.browser, self.url(path))

    def keep_alive(self) -> requests.Response:
        return self.browser.post(self.url(KEEP_ALIVE), timeout=5)

    def wait(self, **delta: float) -> None:
        self.world.clock.advance(timedelta(**delta))


def logged_in(host: WorldHost, person_id: str = "an") -> Visitor:
    """A visitor who has just logged in to PersoSelfService through CSAM (as with the eID)."""
    world = host.world
    world.reset()
    visitor = Visitor(world, requests.Session())
    start = visitor.browser.get(visitor.url("/login"), allow_redirects=False, timeout=5)
    authorize = visitor.browser.get(start.headers["Location"], allow_redirects=False, timeout=5)
    transaction = query(authorize.headers["Location"])["tx"]
    with host.servers["csam"].app.test_request_context("/fas/login/eid"):
        back = complete_login(transaction, person(person_id), key="eid")
    page, url = follow(visitor.browser, back.headers["Location"])
    assert url == visitor.url(HOME), page.text
    return visitor


@pytest.fixture
def visitor(host: WorldHost) -> Iterator[Visitor]:
    visitor = logged_in(host)
    yield visitor
    visitor.browser.close()
    host.world.reset()
