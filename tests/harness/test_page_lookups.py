"""Page objects found by the names the features use: registered where they are defined."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from mock_services.hosting.registry import systems
from steps.pages.applications import SIGNED_IN_HOMES
from steps.pages.base import START_PAGES, Screen
from steps.pages.bosa import BOSA_PAGES
from steps.pages.lookup import Lookup, UnknownNameError
from steps.pages.screens import SCREENS, UnknownScreenError

FEATURES = Path(__file__).parents[2] / "features"
QUOTED_SCREEN = re.compile(r'het scherm "([^"]+)"')


def screen_names_in_features() -> set[str]:
    return {
        name
        for feature in FEATURES.rglob("*.feature")
        for name in QUOTED_SCREEN.findall(feature.read_text(encoding="utf-8"))
    }


def test_every_screen_a_feature_names_is_registered() -> None:
    named = screen_names_in_features()
    assert named, "no feature names a screen?"
    assert named - set(SCREENS.names()) == set()
    assert all(issubclass(SCREENS(name), Screen) for name in named)


def test_an_unknown_screen_suggests_the_closest_and_lists_the_known_ones() -> None:
    with pytest.raises(UnknownScreenError) as raised:
        SCREENS("sleutelkeuze van CSM")
    message = str(raised.value)
    assert (
        "no screen named 'sleutelkeuze van CSM'; did you mean 'sleutelkeuze van CSAM'?" in message
    )
    assert "\n  wachtpagina van itsme" in message


def test_the_applications_are_named_as_their_systems() -> None:
    display_names = {spec.display_name for spec in systems()}
    assert set(BOSA_PAGES.names()) == {"PersoContact", "PersoSelfService"}
    assert set(START_PAGES.names()) == {"PersoContact", "PersoSelfService", "eBox"}
    assert set(SIGNED_IN_HOMES.names()) == {"PersoContact", "PersoSelfService", "eBox"}
    for names in (START_PAGES.names(), SIGNED_IN_HOMES.names(), BOSA_PAGES.names()):
        assert set(names) <= display_names


def test_an_unknown_application_names_the_valid_choices() -> None:
    with pytest.raises(UnknownNameError, match=r"(?s)PersoSelfServic'; did you mean.*PersoContact"):
        START_PAGES("PersoSelfServic")


def test_two_things_with_one_name_are_refused() -> None:
    lookup: Lookup[str] = Lookup("thing")
    lookup.register("a", "first")
    lookup.register("a", "first")  # registering the same again is harmless
    with pytest.raises(ValueError, match="two things are named 'a'"):
        lookup.register("a", "second")
