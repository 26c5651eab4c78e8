from __future__ import annotations

import re
from pathlib import Path

import pytest

from mock_services.world.i18n import Catalogue, MissingMessageError, catalogue, message_folders

TEMPLATE_KEY = re.compile(r"""\bt\(\s*["']([a-z0-9_.]+)["']\s*[,)]""")
"""Literal keys only: keys built from parts (``"shared.language." ~ code``) are skipped."""
PACKAGE = Path(__file__).parents[2] / "mock_services"


def test_other_languages_fall_back_to_dutch() -> None:
    messages = Catalogue({"nl": {"a": "Hallo", "b": "Dag"}, "fr": {"a": "Bonjour"}})
    assert messages.text("a", "fr") == "Bonjour"
    assert messages.text("b", "fr") == "Dag"


def test_placeholders_are_filled() -> None:
    messages = Catalogue({"nl": {"tries": "Nog {n} pogingen"}})
    assert messages.text("tries", "nl", n=2) == "Nog 2 pogingen"


def test_missing_key_is_an_error_naming_the_key() -> None:
    with pytest.raises(MissingMessageError, match=r"'nope\.never'"):
        Catalogue({"nl": {}}).text("nope.never")


def test_unknown_language_resolves_to_dutch() -> None:
    assert catalogue().resolve_language("FR") == "fr"
    assert catalogue().resolve_language("xx") == "nl"
    assert catalogue().resolve_language(None) == "nl"


def test_nested_tables_become_dotted_keys() -> None:
    messages = Catalogue.from_toml({"nl": '[csam.keychoice]\ntitle = "Aanmelden"\n'})
    assert messages.text("csam.keychoice.title") == "Aanmelden"


def test_non_text_values_are_refused() -> None:
    with pytest.raises(TypeError, match="'count' must be text"):
        Catalogue.from_toml({"nl": "count = 3\n"})


def test_every_key_a_template_uses_is_in_the_dutch_catalogue() -> None:
    used = {
        key
        for template in PACKAGE.rglob("templates/*.html")
        for key in TEMPLATE_KEY.findall(template.read_text(encoding="utf-8"))
    }
    assert used, "no template uses the catalogue?"
    assert used - catalogue().keys("nl") == set()


def test_translations_only_use_keys_that_exist_in_dutch() -> None:
    dutch = catalogue().keys("nl")
    for language in catalogue().languages:
        assert catalogue().keys(language) - dutch == set(), language


def test_a_key_defined_in_two_files_is_refused(tmp_path: Path) -> None:
    first, second = tmp_path / "a.toml", tmp_path / "b.toml"
    first.write_text('[csam]\nname = "CSAM"\n', encoding="utf-8")
    second.write_text('[csam]\nname = "FAS"\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"'csam\.name' \(nl\) is defined twice"):
        Catalogue.from_files({"nl": [first, second]})


def test_each_system_brings_its_own_messages() -> None:
    folders = [str(folder) for folder in message_folders()]
    assert any(folder.endswith("systems/csam/messages") for folder in folders)
    assert catalogue().text("csam.keychoice.title") == "Aanmelden bij de online overheid"
