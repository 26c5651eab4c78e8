"""itsme on the same smartphone as the browser (app-to-app): the link that opens the app.

On a smartphone's browser itsme asks for no phone number. Its login page offers a link into
the app (a universal link: the phone's system opens it in the itsme app, not in the
browser). The app knows its own account through its device credential, so opening the link
opens a request of that account for the same authorization (the same OpenID Connect
transaction); the user confirms it as any request, and the app sends the phone's browser
back to itsme's ``continue`` address, which redirects to the client with the authorization
code. The browser's page does not poll: the request's id, and so the way to the code, is
known only to the app that opened the request and to the browser it returns to; the client's
``state`` and PKCE bind the code to the browser that began the login.

A link is a bearer token for one authorization: random, one per authorization, good for one
request, and valid as long as its authorization.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from mock_services.systems.itsme import authorizations
from mock_services.systems.itsme.authorizations import Authorization
from mock_services.world import World
from mock_services.world.tokens import random_token

MOBILE_MARKER = "Mobi"
"""What a smartphone browser's User-Agent contains ("Mobile", "Mobi"), as MDN advises to test."""
STATE_KEY = "itsme.app_links"
APP_LINK_PATH = "/app/authorize/"
"""Where the links point: under the app's own address, which the app claims on the phone."""


def on_smartphone(user_agent: str | None) -> bool:
    """Whether the browser that asks is a smartphone's (then the app is on this device)."""
    return MOBILE_MARKER in (user_agent or "")


@dataclass
class AppLink:
    token: str
    authorization_id: str
    request_id: str = ""
    """The request the app opened with this link ("" until it is opened)."""


@dataclass
class AppLinkBook:
    """Every link, by token and by authorization, kept in ``world.state``."""

    links: dict[str, AppLink] = field(default_factory=dict)
    by_authorization: dict[str, str] = field(default_factory=dict)

    def link_for(self, world: World, authorization: Authorization) -> AppLink:
        """The authorization's link, made the first time its page is shown; the links of
        authorizations that have ended are forgotten then."""
        token = self.by_authorization.get(authorization.id)
        if token is not None:
            return self.links[token]
        for ended in [
            link
            for link in self.links.values()
            if authorizations.find(world, link.authorization_id) is None
        ]:
            del self.links[ended.token]
            del self.by_authorization[ended.authorization_id]
        link = AppLink(random_token(world, "itsme.app_link", 24), authorization.id)
        self.links[link.token] = link
        self.by_authorization[authorization.id] = link.token
        return link

    def find(self, token: str) -> AppLink | None:
        return self.links.get(token)


def app_links(world: World) -> AppLinkBook:
    return world.state(STATE_KEY, AppLinkBook)
