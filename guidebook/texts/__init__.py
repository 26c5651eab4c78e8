"""The guide's own texts per edition: the generated pages, the notices, the captions and the
print edition speak the language of the guide they are part of.

The texts live in ``texts/<language>.toml`` as tables of keys (``coverage.title``). Dutch is
the reference: every key is in ``nl.toml``, and a key another language's file lacks (or a
language without a file yet) falls back to the Dutch text, so that an edition builds before
all of it is translated.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path

REFERENCE_LANGUAGE = "nl"
LANGUAGES = ("nl", "fr", "de")
"""The editions of the guide, one per language."""
FOLDER = Path(__file__).parent


class GuideTextsError(ValueError):
    pass


class MissingTextError(KeyError):
    def __init__(self, key: str) -> None:
        super().__init__(f"the guide's text {key!r} is not in texts/{REFERENCE_LANGUAGE}.toml")


def _keys(document: str, name: str) -> dict[str, str]:
    """The texts of one file by dotted key (``section.name``)."""
    try:
        tables = tomllib.loads(document)
    except tomllib.TOMLDecodeError as error:
        raise GuideTextsError(f"{name}: not valid TOML: {error}") from None
    texts: dict[str, str] = {}
    for section, table in tables.items():
        entries = table.items() if isinstance(table, dict) else [("", table)]
        for key, text in entries:
            if not isinstance(text, str) or not key:
                raise GuideTextsError(f"{name}: '{section}.{key}' must be a text in a table")
            texts[f"{section}.{key}"] = text
    return texts


@dataclass(frozen=True)
class GuideTexts:
    language: str
    texts: Mapping[str, str]
    fallbacks: tuple[str, ...] = ()
    """The keys that have no text in this language yet and are shown in Dutch."""

    @classmethod
    def from_toml(cls, language: str, documents: Mapping[str, str]) -> GuideTexts:
        """The texts of ``language`` from TOML documents by language (Dutch is required)."""
        reference = _keys(documents[REFERENCE_LANGUAGE], f"{REFERENCE_LANGUAGE}.toml")
        if language == REFERENCE_LANGUAGE:
            return cls(language, reference)
        own = _keys(documents.get(language, ""), f"{language}.toml")
        unknown = sorted(set(own) - set(reference))
        if unknown:
            raise GuideTextsError(
                f"{language}.toml: unknown key(s) {', '.join(unknown)}; "
                f"the keys are those of {REFERENCE_LANGUAGE}.toml"
            )
        missing = tuple(sorted(set(reference) - set(own)))
        return cls(language, {**reference, **own}, missing)

    def __call__(self, key: str, /, **params: object) -> str:
        """The text ``key``, with its ``{name}`` placeholders filled in from ``params``."""
        template = self.texts.get(key)
        if template is None:
            raise MissingTextError(key)
        return template.format(**params) if params else template


@cache
def guide_texts(language: str) -> GuideTexts:
    """The packaged texts of the ``language`` edition."""
    if language not in LANGUAGES:
        raise GuideTextsError(
            f"no edition in language {language!r}; the editions are {', '.join(LANGUAGES)}"
        )
    documents = {
        name: (FOLDER / f"{name}.toml").read_text(encoding="utf-8")
        for name in {REFERENCE_LANGUAGE, language}
        if (FOLDER / f"{name}.toml").is_file()
    }
    return GuideTexts.from_toml(language, documents)
