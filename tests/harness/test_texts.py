"""The texts page objects expect, from the message catalogue in the edition's language."""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

import pytest

from mock_services.world.i18n import catalogue
from steps.pages import texts

FEATURES = Path(__file__).parents[2] / "features"
QUOTED_PAGE_TEXT = re.compile(r'(?:klik op|meldt [^"]*) "([^"]+)"')
"""A control's label or a message, as the features quote them from a page."""


def test_a_message_reads_in_the_language() -> None:
    assert texts.text("persoselfservice.start.title", "nl") == "Welkom bij PersoSelfService"
    assert texts.text("persoselfservice.start.title", "fr") == "Bienvenue sur PersoSelfService"
    assert texts.text("csam.keychoice.title", "de") == "Bei der Online-Verwaltung anmelden"
    # PersoContact's portal speaks no English: an English world reads it in Dutch.
    assert texts.text("persocontact.home.title", "en") == "Hoe kunnen we je helpen?"


def test_a_pattern_matches_the_message_whatever_fills_its_placeholders() -> None:
    wrong = texts.pattern("nl", "itsme.app.wrong_code_one", "itsme.app.wrong_code_many")
    assert wrong.search("  Foute itsme-code. Je hebt nog 2 pogingen.\n")
    assert wrong.search("Foute itsme-code. Je hebt nog 1 poging voor je account geblokkeerd wordt.")
    assert not wrong.search("Foute PIN-code.")
    title = texts.pattern("nl", "itsme.app.request_title")
    assert title.search("PersoSelfService via CSAM wil je identificeren")


def test_a_quoted_dutch_text_stays_as_it_is_in_the_dutch_edition() -> None:
    assert texts.from_reference("Kies een andere digitale sleutel", "nl") == (
        "Kies een andere digitale sleutel"
    )


def test_a_quoted_dutch_text_is_translated_for_another_edition() -> None:
    assert texts.from_reference("Welkom bij PersoSelfService", "fr") == (
        "Bienvenue sur PersoSelfService"
    )


def test_a_quote_that_is_no_catalogue_text_fails_naming_it_in_every_edition() -> None:
    for language in ("nl", "fr"):
        with pytest.raises(texts.NotACatalogueText) as failure:
            texts.from_reference("AANMELDEN met eID-kaartlezer", language, "csam")
        assert str(failure.value).startswith(
            'the feature quotes "AANMELDEN met eID-kaartlezer" (on a page of csam), '
            "which is not a text of the message catalogue"
        )


def test_a_text_several_messages_share_is_read_as_the_shown_services() -> None:
    assert texts.reference_message("OK", "eid_middleware") == ("eid_middleware.ok", {})
    assert texts.reference_message("OK", "persoselfservice") == (
        "persoselfservice.inactivity.ok",
        {},
    )
    assert texts.reference_message("Afmelden", "persocontact") == ("shared.logout", {})
    assert texts.reference_message("An Marie Peeters", "csam") is None


def test_a_quoted_message_with_placeholders_keeps_what_fills_them() -> None:
    assert texts.reference_message("Terug naar CSAM", "itsme") == ("itsme.back", {"client": "CSAM"})
    assert texts.reference_message("Verkeerde PIN-code. Je hebt nog 2 pogingen.") == (
        "eid_middleware.pin.wrong",
        {"tries": "2"},
    )


def test_every_text_the_features_quote_from_a_page_is_a_message() -> None:
    """So that each edition can show it in its own language."""
    quoted = {
        text
        for feature in FEATURES.rglob("*.feature")
        for text in QUOTED_PAGE_TEXT.findall(feature.read_text(encoding="utf-8"))
    }
    assert len(quoted) > 20
    assert [text for text in sorted(quoted) if texts.reference_message(text) is None] == []


def test_texts_a_service_repeats_in_dutch_read_the_same_in_every_edition() -> None:
    """A feature's quote is mapped to the first of a service's messages that read as it does
    in Dutch; if two of them were translated differently, the step would act on the wrong one."""
    shared: dict[tuple[str, str], list[str]] = defaultdict(list)
    for key in catalogue().keys("nl"):
        shared[(key.split(".")[0], catalogue().text(key, "nl"))].append(key)
    differing = [
        (language, keys)
        for keys in shared.values()
        if len(keys) > 1
        for language in ("fr", "de")
        if len({catalogue().text(key, language) for key in keys}) > 1
    ]
    assert differing == []
