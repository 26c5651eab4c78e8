"""The applications registered at CSAM as OpenID Connect clients.

Redirect URIs are exact and computed from ``world.urls`` on each request, so they follow the
ports the world was started on.
"""

from __future__ import annotations

from dataclasses import dataclass

from mock_services.oidc.models import Client
from mock_services.oidc.secrets import client_secret
from mock_services.world import World
from mock_services.world.i18n import catalogue

SCOPES = ("openid", "profile", "national_number")


@dataclass(frozen=True)
class ClientRegistration:
    client_id: str
    name_message: str
    redirect_path: str
    post_logout_path: str
    auth_method: str


REGISTRATIONS = (
    ClientRegistration(
        "persoselfservice",
        "persoselfservice.name",
        "/oidc/callback",
        "/logged-out",
        "client_secret_basic",
    ),
    ClientRegistration(
        "persocontact",
        "persocontact.name",
        "/persocontact/oidc/callback",
        "/persocontact/logged-out",
        "client_secret_post",
    ),
    ClientRegistration(
        "ebox",
        "ebox.name",
        "/oidc/callback",
        "/logged-out",
        "client_secret_basic",
    ),
)


class UnknownClientError(LookupError):
    """An application that is not registered at CSAM."""

    def __init__(self, client_id: str) -> None:
        known = ", ".join(reg.client_id for reg in REGISTRATIONS)
        super().__init__(f"{client_id!r} is not registered at CSAM (registered: {known})")


def registration(client_id: str) -> ClientRegistration:
    """The registration of ``client_id``; what its gateway (``csam.gateway``) relies on."""
    for reg in REGISTRATIONS:
        if reg.client_id == client_id:
            return reg
    raise UnknownClientError(client_id)


def registered_clients(world: World) -> dict[str, Client]:
    """Every client of a running application, by client id."""
    clients: dict[str, Client] = {}
    for reg in REGISTRATIONS:
        if reg.client_id not in world.urls:
            continue
        clients[reg.client_id] = Client(
            client_id=reg.client_id,
            client_secret=client_secret(world, "csam", reg.client_id),
            name=catalogue().text(reg.name_message),
            redirect_uris=(world.url(reg.client_id, reg.redirect_path),),
            post_logout_redirect_uris=(world.url(reg.client_id, reg.post_logout_path),),
            auth_method=reg.auth_method,
            scopes=SCOPES,
        )
    return clients
