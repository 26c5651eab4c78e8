"""A running world whose PersoSelfService has a given inactivity policy, and a login to it."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import timedelta
from functools import partial

import pytest
import requests

from mock_services.hosting.registry import systems
from mock_services.hosting.world_host import WorldHost
from mock_services.systems.csam.login import complete_login
from mock_services.systems.persoselfservice.app import create_app
from mock_services.systems.persoselfservice.inactivity import InactivityPolicy
from mock_services.world import World
from mock_services.world.people import person
from tests.oidc.conftest import follow, query

HOME = "/psp/ps/EMPLOYEE/HRMS/h/"
PAYSLIPS = "/psc/ps/EMPLOYEE/HRMS/c/payslips"
KEEP_ALIVE = "/psp/ps/EMPLOYEE/HRMS/keepalive"
EXPIRE = "/psp/ps/EMPLOYEE/HRMS/?cmd=expire"
SHORT = InactivityPolicy(timeout=timedelta(minutes=5), warning_before=timedelta(seconds=90))


def _host(policy: InactivityPolicy | None) -> Iterator[WorldHost]:
    factory = partial(create_app, inactivity=policy)
    specs = [
        replace(spec, create_app=factory) if spec.name == "persoselfservice" else spec
        for spec in systems()
    ]
    with WorldHost(World(), specs) as host:
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
