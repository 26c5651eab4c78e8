"""BOSA's application pages point people without eID reader or itsme to the digital keys."""

from __future__ import annotations

import re

import pytest
import requests

from mock_services.world import World


@pytest.mark.parametrize("slug", ["persoselfservice-scope", "sago-persocontact"])
@pytest.mark.parametrize(
    ("language", "label"),
    [("nl", "Digitale sleutels aanvragen"), ("fr", "Demander des clés numériques")],
)
def test_an_application_page_links_to_the_digital_keys(
    world: World, slug: str, language: str, label: str
) -> None:
    page = requests.get(
        world.url("bosa", f"/{language}/applications/{slug}"),
        params={"lang": language},
        timeout=5,
    )
    assert page.status_code == 200
    link = re.search(rf'<a href="([^"]+)">{label}</a>', page.text)
    assert link is not None, page.text
    assert link.group(1) == f"/{language}/digital-keys"
    keys = requests.get(world.url("bosa", link.group(1)), timeout=5)
    assert keys.status_code == 200
    assert 'data-anchor="appointment-link"' in keys.text
