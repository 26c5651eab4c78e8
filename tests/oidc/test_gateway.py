"""The applications' side of CSAM: PersoSelfService and PersoContact take their login,
callback, logout and logged-out routes from the gateway's blueprint, at the addresses of
their registration at CSAM, and keep no copies of their own."""

from __future__ import annotations

import pytest
from flask import Flask

from mock_services.hosting.world_host import WorldHost
from mock_services.systems.csam.clients import UnknownClientError, registered_clients
from mock_services.systems.csam.gateway import BLUEPRINT, CsamConnection
from mock_services.systems.persocontact import app as persocontact
from mock_services.systems.persoselfservice import app as persoselfservice
from mock_services.systems.persoselfservice import session_timeout
from mock_services.world import World

CONNECTIONS = {"persoselfservice": persoselfservice.CSAM, "persocontact": persocontact.CSAM}
PATHS = {
    "persoselfservice": {
        "login": "/login",
        "callback": "/oidc/callback",
        "logout": "/logout",
        "logged_out": "/logged-out",
    },
    "persocontact": {
        "login": "/persocontact/login",
        "callback": "/persocontact/oidc/callback",
        "logout": "/persocontact/logout",
        "logged_out": "/persocontact/logged-out",
    },
}
"""The addresses the applications had before the gateway served them: they must not move."""


def gateway_rules(app: Flask) -> dict[str, str]:
    """The app's routes that belong to the gateway: view name → path."""
    prefix = f"{BLUEPRINT}."
    return {
        rule.endpoint.removeprefix(prefix): rule.rule
        for rule in app.url_map.iter_rules()
        if rule.endpoint.startswith(prefix)
    }


@pytest.mark.parametrize("service", list(CONNECTIONS))
def test_the_login_routes_are_the_gateway_s(world_host: WorldHost, service: str) -> None:
    app = world_host.servers[service].app
    assert gateway_rules(app) == PATHS[service]
    gateway_paths = set(PATHS[service].values())
    for rule in app.url_map.iter_rules():
        if rule.rule in gateway_paths:
            assert rule.endpoint.startswith(f"{BLUEPRINT}."), f"{rule.endpoint} copies a route"


@pytest.mark.parametrize("service", list(CONNECTIONS))
def test_the_gateway_uses_the_addresses_csam_registered(world: World, service: str) -> None:
    client = registered_clients(world)[service]
    registration = CONNECTIONS[service].registration
    assert client.redirect_uris == (world.url(service, registration.redirect_path),)
    assert client.post_logout_redirect_uris == (world.url(service, registration.post_logout_path),)
    assert client.auth_method == registration.auth_method


def test_persoselfservice_follows_the_login_with_its_inactivity_session() -> None:
    assert persoselfservice.CSAM.on_login == session_timeout.begin
    assert persoselfservice.CSAM.on_logout == session_timeout.forget


def test_an_application_unknown_to_csam_is_refused_when_its_routes_are_made() -> None:
    parking = CsamConnection(
        service="parking",
        login_path="/login",
        logout_path="/logout",
        start_endpoint="start",
        home_endpoint="home",
    )
    with pytest.raises(UnknownClientError, match="'parking' is not registered at CSAM"):
        parking.blueprint()
