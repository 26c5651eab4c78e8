"""The phone's messages app: the lock screen with notification banners, the conversations and
one conversation, as mobile web pages for the phone's browser context.

It is served on a listener of its own beside the gateway, so the phone still shows the
messages it received while the network is down.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from flask import Flask, abort, render_template, request
from werkzeug.wrappers import Response

from mock_services.systems.sms.network import Sms, sms_network
from mock_services.systems.sms.sim import SIM_COOKIE, number_of
from mock_services.web import ServiceApp, create_service_app
from mock_services.web.app import translate
from mock_services.world import World

SERVICE = "sms_phone"
BANNERS = 3
"""Notifications the lock screen shows, newest first."""

Page = tuple[str, int] | str


@dataclass(frozen=True)
class Conversation:
    sender: str
    messages: list[Sms]

    @property
    def last(self) -> Sms:
        return self.messages[-1]


def conversations(messages: Iterable[Sms]) -> list[Conversation]:
    """Messages grouped by sender, the conversation with the newest message first."""
    by_sender: dict[str, list[Sms]] = {}
    for message in messages:
        by_sender.setdefault(message.sender, []).append(message)
    found = [Conversation(sender, listed) for sender, listed in by_sender.items()]
    return sorted(found, key=lambda conversation: conversation.last.sent_at, reverse=True)


def install_phone_look(app: Flask, world: World) -> None:
    """The phone's status bar and dates in its pages (and in this package's error pages)."""
    zone = ZoneInfo(world.settings.timezone)

    def local(instant: datetime) -> datetime:
        return instant.astimezone(zone)

    def long_date(instant: datetime) -> str:
        day = local(instant)
        weekday = translate(f"sms_phone.weekday.d{day.weekday()}")
        month = translate(f"sms_phone.month.m{day.month}")
        return f"{weekday} {day.day} {month}"

    app.jinja_env.filters["clock"] = lambda instant: f"{local(instant):%H:%M}"
    app.jinja_env.filters["long_date"] = long_date
    app.context_processor(lambda: {"now": world.clock.now()})


def create_app(world: World) -> ServiceApp:
    app = create_service_app(SERVICE, world, __name__)
    install_phone_look(app, world)

    def my_number() -> str | None:
        return number_of(world, request.cookies.get(SIM_COOKIE))

    def no_sim() -> tuple[str, int]:
        return render_template("phone/no_sim.html"), 200

    @app.get("/")
    def lock_screen() -> Page:
        number = my_number()
        if number is None:
            return no_sim()
        newest = list(reversed(sms_network(world).messages(number)))[:BANNERS]
        return render_template("phone/lock.html", banners=newest)

    @app.get("/messages")
    def conversation_list() -> Page:
        number = my_number()
        if number is None:
            return no_sim()
        found = conversations(sms_network(world).messages(number))
        return render_template("phone/conversations.html", found=found)

    @app.get("/messages/<sender>")
    def conversation(sender: str) -> Page | Response:
        number = my_number()
        if number is None:
            return no_sim()
        found = [m for m in sms_network(world).messages(number) if m.sender == sender]
        if not found:
            abort(404)
        return render_template("phone/conversation.html", sender=sender, messages=found)

    return app
