"""How an application logs its visitors in through CSAM, as an OpenID Connect relying party.

An application declares a ``CsamConnection`` and registers its ``blueprint()``, which gives it
four routes (endpoints ``csam.login``, ``csam.callback``, ``csam.logout``, ``csam.logged_out``):
``login`` starts the authorization code flow (and explains an unreachable CSAM), ``callback``
validates CSAM's answer and checks that the person may use the application, ``logout`` ends
the application's session and CSAM's (RP-initiated logout), ``logged_out`` is where CSAM
sends the browser back. The application's own session is its Flask session cookie; an
application with more session state than that follows the login with ``on_login`` and the
logout with ``on_logout``. The callback and logged-out addresses and the client
authentication are those of the application's registration at CSAM (``csam.clients``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from flask import Blueprint, g, redirect, render_template, session, url_for
from werkzeug.wrappers import Response

from mock_services.oidc.relying_party import (
    PROVIDER_TIMEOUT_SECONDS,
    LoginFailedError,
    ProviderUnreachableError,
    Registration,
    RelyingParty,
)
from mock_services.oidc.secrets import client_secret
from mock_services.systems.csam.clients import ClientRegistration, registration
from mock_services.web import Rendered, world_of
from mock_services.world.people import by_national_number

CSAM_TIMEOUT_SECONDS = PROVIDER_TIMEOUT_SECONDS
"""How long an application waits for CSAM before telling the visitor it is unreachable."""
SCOPE = "openid profile national_number"

BLUEPRINT = "csam"
"""The name of the gateway's blueprint: its endpoints are ``csam.<view>``."""


@dataclass(frozen=True)
class SignedInUser:
    name: str
    given_name: str
    family_name: str
    national_number: str
    acr: str
    key: str

    @classmethod
    def from_claims(cls, claims: dict[str, Any]) -> SignedInUser:
        amr = claims.get("amr") or [""]
        return cls(
            name=str(claims.get("name", "")),
            given_name=str(claims.get("given_name", "")),
            family_name=str(claims.get("family_name", "")),
            national_number=str(claims.get("national_number", "")),
            acr=str(claims.get("acr", "")),
            key=str(amr[0]),
        )


def _nothing() -> None:
    """No hook: the Flask session is all the application keeps."""


@dataclass(frozen=True)
class CsamConnection:
    """How one application logs in through CSAM: its client id, its own login and logout
    addresses, the endpoints of its start and home pages, and its session hooks."""

    service: str
    """The application's service name, which is also its client id at CSAM."""
    login_path: str
    logout_path: str
    start_endpoint: str
    """Where a visitor goes back to after a failed login or a logout."""
    home_endpoint: str
    """Where a visitor lands after logging in."""
    on_login: Callable[[], None] = _nothing
    """Called once a person has logged in and may use the application."""
    on_logout: Callable[[], None] = _nothing
    """Called at logout, before the application's session is cleared."""
    staff_only: bool = True
    """Whether only federal staff may use the application (False: every citizen)."""

    @property
    def registration(self) -> ClientRegistration:
        """The application's registration at CSAM."""
        return registration(self.service)

    def blueprint(self) -> Blueprint:
        """The login, callback, logout and logged-out routes, for the application to register."""
        registered = self.registration
        routes = Blueprint(BLUEPRINT, __name__)
        routes.add_url_rule(self.login_path, "login", self.login)
        routes.add_url_rule(registered.redirect_path, "callback", self.callback)
        routes.add_url_rule(self.logout_path, "logout", self.logout)
        routes.add_url_rule(registered.post_logout_path, "logged_out", self.logged_out)
        return routes

    def _relying_party(self) -> RelyingParty:
        world = world_of()
        registered = self.registration
        return RelyingParty(
            world,
            Registration(
                rp_service=self.service,
                provider="csam",
                client_id=registered.client_id,
                client_secret=client_secret(world, "csam", registered.client_id),
                scope=SCOPE,
                auth_method=registered.auth_method,
                redirect_path=registered.redirect_path,
            ),
        )

    def login(self) -> Response | Rendered:
        """Send the browser to CSAM's authorization endpoint, or explain why that is impossible."""
        try:
            return self._relying_party().start(ui_locales=g.language).response
        except ProviderUnreachableError:
            return render_template("csam_unreachable.html", back=url_for(self.start_endpoint)), 503

    def callback(self) -> Response | Rendered:
        """CSAM's answer: log the person in, or say clearly why not."""
        try:
            signed_in = self._relying_party().finish()
        except LoginFailedError as error:
            failure = "cancelled" if error.error == "access_denied" else "error"
            back = url_for(self.start_endpoint)
            return render_template("login_failed.html", failure=failure, back=back), 400
        session.clear()
        session["id_token"] = signed_in.id_token
        user = SignedInUser.from_claims(signed_in.claims)
        staff = by_national_number(user.national_number)
        if staff is None or (self.staff_only and not staff.federal_staff):
            return render_template("no_access.html", user=user), 403
        session["user"] = user.__dict__
        self.on_login()
        return redirect(url_for(self.home_endpoint))

    def logout(self) -> Response:
        """End the application's session, then CSAM's."""
        self.on_logout()
        id_token = session.get("id_token")
        session.clear()
        if not id_token:
            return redirect(url_for(self.start_endpoint))
        try:
            return self._relying_party().logout(id_token, self.registration.post_logout_path)
        except ProviderUnreachableError:
            return redirect(url_for(self.start_endpoint))

    def logged_out(self) -> str:
        """CSAM's way back after the logout: check its answer, then say goodbye."""
        self._relying_party().finish_logout()
        return render_template("logged_out.html", back=url_for(self.start_endpoint))


def signed_in_user() -> SignedInUser | None:
    """Who is logged in to the application of the current request, if anyone."""
    data = session.get("user")
    return SignedInUser(**data) if isinstance(data, dict) else None
