"""The office's e-mails speak the person's language: the one of the page that sent them."""

from __future__ import annotations

from flask import Flask, g

from mock_services.systems.registration_office.mails import mail_language
from mock_services.world import World, WorldSettings


def test_a_mail_sent_from_a_french_page_is_french_and_the_world_language_is_the_default() -> None:
    world = World(settings=WorldSettings(language="de"))
    assert mail_language(world) == "de", "outside a request: the world's language"
    app = Flask(__name__)
    with app.test_request_context("/?lang=fr"):
        assert mail_language(world) == "de", "a request whose page language is not known yet"
        g.language = "fr"
        assert mail_language(world) == "fr"
