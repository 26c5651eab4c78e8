from __future__ import annotations

import pytest
import requests

from mock_services.hosting.registry import systems
from mock_services.world import World
from mock_services.world.faults import Fault


def test_every_service_has_its_own_loopback_origin(world: World) -> None:
    hosts = {url.split("//")[1].split(":")[0] for url in world.urls.values()}
    assert len(hosts) == len(systems()) + 1  # and the control API
    assert all(host.startswith("127.0.0.") for host in hosts)


def test_maintenance_answers_503_with_a_notice(world: World) -> None:
    world.faults.set("csam", Fault.MAINTENANCE)
    answer = requests.get(world.url("csam", "/fas/login?client_id=persoselfservice"), timeout=5)
    assert answer.status_code == 503
    assert "Tijdelijk niet beschikbaar wegens onderhoud" in answer.text


def test_down_refuses_connections_and_comes_back_on_the_same_address(world: World) -> None:
    url = world.url("csam", "/_health")
    world.faults.set("csam", Fault.DOWN)
    with pytest.raises(requests.ConnectionError):
        requests.get(url, timeout=5)
    world.faults.set("csam", None)
    assert requests.get(url, timeout=5).json() == {"service": "csam", "status": "ok"}


def test_application_explains_an_unreachable_csam(world: World) -> None:
    world.faults.set("csam", Fault.DOWN)
    answer = requests.get(world.url("persoselfservice", "/login"), timeout=5)
    assert answer.status_code == 503
    assert "Aanmelden is momenteel niet mogelijk" in answer.text


def test_unknown_pages_get_a_friendly_404(world: World) -> None:
    answer = requests.get(world.url("bosa", "/nl/applications/nope"), timeout=5)
    assert answer.status_code == 404
    assert "bestaat niet" in answer.text


def test_language_choice_is_remembered_per_service(world: World) -> None:
    with requests.Session() as browser:
        assert (
            "Bienvenue" in browser.get(world.url("persoselfservice", "/?lang=fr"), timeout=5).text
        )
        assert "Bienvenue" in browser.get(world.url("persoselfservice", "/"), timeout=5).text
        back = browser.get(
            world.url("persoselfservice", "/login"), timeout=5, allow_redirects=False
        )
        assert "ui_locales=fr" in back.headers["Location"]
