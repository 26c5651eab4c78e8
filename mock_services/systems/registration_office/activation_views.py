"""The single-use link of the activation e-mail: the person chooses a username and password;
then this browser session may activate the keys (``keys_views``)."""

from __future__ import annotations

from flask import Blueprint, redirect, render_template, request, session, url_for
from werkzeug.wrappers import Response

from mock_services.systems.csam.credentials import (
    PolicyError,
    UsernameTakenError,
    credentials,
    passwords,
)
from mock_services.systems.registration_office.activation import LinkState, activation_links
from mock_services.world import World

SESSION_KEY = "activating"
"""The national number whose keys this browser session may activate."""


def blueprint(world: World) -> Blueprint:
    views = Blueprint("activation", __name__)

    def link_refused(state: LinkState) -> tuple[str, int]:
        code = 404 if state is LinkState.UNKNOWN else 410
        return render_template("link_refused.html", state=str(state)), code

    def login_page(
        token: str, username: str, errors: list[str], code: int = 200
    ) -> tuple[str, int]:
        page = render_template(
            "choose_login.html",
            token=token,
            username=username,
            errors=errors,
            min_length=passwords.PASSWORD_MIN_LENGTH,
        )
        return page, code

    @views.get("/activeren/<token>")
    def start(token: str) -> tuple[str, int]:
        state, _ = activation_links(world).state(world, token)
        if state is not LinkState.VALID:
            return link_refused(state)
        return login_page(token, "", [])

    @views.post("/activeren/<token>")
    def choose_login(token: str) -> Response | tuple[str, int]:
        links = activation_links(world)
        state, link = links.state(world, token)
        if state is not LinkState.VALID or link is None:
            return link_refused(state)
        account = credentials(world).get(link.national_number)
        if account is None:
            return link_refused(LinkState.UNKNOWN)
        username = request.form.get("username", "").strip()
        password = request.form.get("password", "")
        if password != request.form.get("password_repeat", ""):
            return login_page(token, username, ["credentials.password.repeat"], 400)
        try:
            credentials(world).set_login(world, account, username, password)
        except PolicyError as error:
            return login_page(token, username, error.problems, 400)
        except UsernameTakenError:
            return login_page(token, username, ["credentials.username.taken"], 400)
        links.use(link)
        session[SESSION_KEY] = account.national_number
        return redirect(url_for("keys.keys"))

    return views
