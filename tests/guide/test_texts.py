"""The guide's own texts per edition: Dutch is complete, another language falls back to it key
by key, and a translation may not invent keys."""

from __future__ import annotations

import ast
import string

import pytest

from guidebook.texts import (
    FOLDER,
    LANGUAGES,
    GuideTexts,
    GuideTextsError,
    MissingTextError,
    guide_texts,
)

DUTCH = (FOLDER / "nl.toml").read_text(encoding="utf-8")


def test_the_dutch_edition_has_every_text_and_no_fallback() -> None:
    texts = guide_texts("nl")
    assert texts.fallbacks == ()
    assert texts("edition.pdf_file") == "persopoint-handleiding.pdf"
    assert texts("coverage.covered_count", covered=2, total=3) == "2 van 3"


def test_a_translation_replaces_its_keys_and_the_rest_stays_dutch() -> None:
    french = GuideTexts.from_toml(
        "fr",
        {"nl": DUTCH, "fr": '[coverage]\ntitle = "Couverture du guide"\n'},
    )
    assert french("coverage.title") == "Couverture du guide"
    assert french("verification.title") == "Verificatie van de schermafdrukken"
    assert "coverage.title" not in french.fallbacks
    assert "verification.title" in french.fallbacks
    assert len(french.fallbacks) == len(guide_texts("nl").texts) - 1


@pytest.mark.parametrize("language", [language for language in LANGUAGES if language != "nl"])
def test_every_edition_builds_before_it_is_translated(language: str) -> None:
    texts = guide_texts(language)
    assert texts.language == language
    assert set(texts.texts) == set(guide_texts("nl").texts)


def test_a_translation_with_a_key_dutch_does_not_have_is_refused() -> None:
    with pytest.raises(GuideTextsError, match=r"de\.toml: unknown key\(s\) coverage\.titel"):
        GuideTexts.from_toml("de", {"nl": DUTCH, "de": '[coverage]\ntitel = "Abdeckung"\n'})


def test_a_malformed_file_and_an_unknown_key_are_named() -> None:
    with pytest.raises(GuideTextsError, match=r"fr\.toml: not valid TOML"):
        GuideTexts.from_toml("fr", {"nl": DUTCH, "fr": "[coverage\n"})
    with pytest.raises(GuideTextsError, match=r"fr\.toml: 'pdf_file\.' must be a text"):
        GuideTexts.from_toml("fr", {"nl": DUTCH, "fr": 'pdf_file = "x.pdf"\n'})
    with pytest.raises(MissingTextError, match=r"'coverage\.nope' is not in texts/nl\.toml"):
        guide_texts("nl")("coverage.nope")
    with pytest.raises(GuideTextsError, match=r"no edition in language 'en'"):
        guide_texts("en")


def _text_calls() -> list[tuple[str, set[str]]]:
    """Key and keyword names of every ``texts("key", name=…)`` call in guidebook; a key built
    from an outcome (``f"verification.{…}"``) stands for the three outcomes."""
    calls: list[tuple[str, set[str]]] = []
    for path in sorted(FOLDER.parent.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and node.args):
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else ""
            name = node.func.id if isinstance(node.func, ast.Name) else name
            if name != "texts":
                continue
            keywords = {keyword.arg for keyword in node.keywords if keyword.arg}
            key = node.args[0]
            if isinstance(key, ast.Constant) and isinstance(key.value, str):
                calls.append((key.value, keywords))
            elif isinstance(key, ast.JoinedStr) and isinstance(key.values[0], ast.Constant):
                prefix = str(key.values[0].value)
                calls += [(prefix + outcome, keywords) for outcome in OUTCOMES]
    return calls


OUTCOMES = ("passed", "failed", "skipped")


def test_the_code_uses_every_dutch_text_with_exactly_its_placeholders() -> None:
    dutch = guide_texts("nl")
    calls = _text_calls()
    for key, keywords in calls:
        assert key in dutch.texts, f"the code asks for {key!r}, which nl.toml does not have"
        fields = {field for _, field, _, _ in string.Formatter().parse(dutch.texts[key]) if field}
        assert fields == keywords, f"{key}: the text has {fields}, the code fills in {keywords}"
    assert {key for key, _ in calls} == set(dutch.texts), "nl.toml has texts no code uses"
