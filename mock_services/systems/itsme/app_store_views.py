"""Step 1: itsme in the phone's app store, with its install button.

Installing keeps a mark on the phone (a cookie of the store page) so that the store then
offers to open the app; either way the button leads to the app, which opens on its welcome
screen until the phone has enrolled.
"""

from __future__ import annotations

from flask import Flask, redirect, render_template, request, url_for
from werkzeug.wrappers import Response

INSTALLED_COOKIE = "itsme_installed"
STORE_PATH = "/store/itsme"


def register(app: Flask) -> None:
    @app.get(STORE_PATH)
    def store() -> str:
        installed = request.cookies.get(INSTALLED_COOKIE) == "1"
        return render_template("app/store.html", installed=installed)

    @app.post(f"{STORE_PATH}/install")
    def install() -> Response:
        opened = redirect(url_for("app_home"))
        opened.set_cookie(INSTALLED_COOKIE, "1", path=STORE_PATH, httponly=True, samesite="Lax")
        return opened
