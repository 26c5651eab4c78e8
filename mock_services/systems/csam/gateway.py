"""How an application logs its visitors in through CSAM, as an OpenID Connect relying party.

Both applications use it: ``login`` starts the authorization code flow (and explains an
unreachable CSAM), ``callback`` validates CSAM's answer and checks that the person may use
the application, ``logout`` ends the application's session and CSAM's (RP-initiated logout).
The application's own session is its Flask session cookie.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from flask import g, redirect, render_template, session, url_for
from werkzeug.wrappers import Response

from mock_services.oidc.relying_party import (
    PROVIDER_TIMEOUT_SECONDS,
    LoginFailedError,
    ProviderUnreachableError,
    Registration,
    RelyingParty,
)
from mock_services.oidc.secrets import client_secret
from mock_services.web import world_of
from mock_services.world.people import by_national_number

CSAM_TIMEOUT_SECONDS = PROVIDER_TIMEOUT_SECONDS
"""How long an application waits for CSAM before telling the visitor it is unreachable."""
SCOPE = "openid profile national_number"

Page = tuple[str, int]


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


@dataclass(frozen=True)
class CsamConnection:
    """An application's registration at CSAM and the endpoints of its own pages."""

    service: str
    auth_method: str
    callback_path: str
    logged_out_path: str
    start_endpoint: str
    home_endpoint: str

    def _relying_party(self) -> RelyingParty:
        world = world_of()
        return RelyingParty(
            world,
            Registration(
                rp_service=self.service,
                provider="csam",
                client_id=self.service,
                client_secret=client_secret(world, "csam", self.service),
                scope=SCOPE,
                auth_method=self.auth_method,
                redirect_path=self.callback_path,
            ),
        )

    def login(self) -> Response | Page:
        """Send the browser to CSAM's authorization endpoint, or explain why that is impossible."""
        try:
            return self._relying_party().start(ui_locales=g.language).response
        except ProviderUnreachableError:
            return render_template("csam_unreachable.html", back=url_for(self.start_endpoint)), 503

    def callback(self) -> Response | Page:
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
        if staff is None or not staff.federal_staff:
            return render_template("no_access.html", user=user), 403
        session["user"] = user.__dict__
        return redirect(url_for(self.home_endpoint))

    def logout(self) -> Response:
        """End the application's session, then CSAM's."""
        id_token = session.get("id_token")
        session.clear()
        if not id_token:
            return redirect(url_for(self.start_endpoint))
        try:
            return self._relying_party().logout(id_token, self.logged_out_path)
        except ProviderUnreachableError:
            return redirect(url_for(self.start_endpoint))

    def logged_out(self) -> str:
        self._relying_party().finish_logout()
        return render_template("logged_out.html", back=url_for(self.start_endpoint))


def signed_in_user() -> SignedInUser | None:
    """Who is logged in to the application of the current request, if anyone."""
    data = session.get("user")
    return SignedInUser(**data) if isinstance(data, dict) else None
