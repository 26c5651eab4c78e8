"""No page of the world can be framed by another site (clickjacking a login page)."""

from __future__ import annotations

import pytest
import requests

from mock_services.hosting.registry import systems
from mock_services.world import World
from mock_services.world.faults import Fault

WEB_SYSTEMS = [spec for spec in systems() if spec.create_app is not None]
PAGES = {
    "csam": "/fas/login?tx=nope",
    "itsme": "/login/nope",
    "eid_middleware": "/sign",
    "persoselfservice": "/",
    "persocontact": "/persocontact",
}


def assert_not_framable(answer: requests.Response) -> None:
    assert answer.headers.get("Content-Security-Policy") == "frame-ancestors 'none'"
    assert answer.headers.get("X-Frame-Options") == "DENY"


@pytest.mark.parametrize("service", [spec.name for spec in WEB_SYSTEMS])
def test_every_page_refuses_to_be_framed(world: World, service: str) -> None:
    spec = next(spec for spec in WEB_SYSTEMS if spec.name == service)
    for path in {spec.entry_path, PAGES.get(service, "/"), "/no-such-page", "/_shared/federal.css"}:
        assert_not_framable(requests.get(world.url(service, path), timeout=5))
    world.faults.set(service, Fault.MAINTENANCE)
    assert_not_framable(requests.get(world.url(service, PAGES.get(service, "/")), timeout=5))


def test_the_login_pages_are_covered(world: World) -> None:
    assert {"csam", "itsme", "eid_middleware", "persoselfservice", "persocontact"} <= {
        spec.name for spec in WEB_SYSTEMS
    }
