"""The message catalogue: every user-facing string of every service, per language.

Messages live in ``messages/<language>.toml`` as nested tables; a key is the dotted path
(``csam.keychoice.title``). Dutch is the reference language: a message missing in another
language falls back to Dutch, and a key missing in Dutch is an error.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from functools import cache
from importlib import resources
from typing import Any

REFERENCE_LANGUAGE = "nl"
LANGUAGES = ("nl", "fr", "de", "en")


class MissingMessageError(KeyError):
    def __init__(self, key: str) -> None:
        super().__init__(f"message {key!r} is not in the {REFERENCE_LANGUAGE} catalogue")
        self.key = key


def _flatten(table: Mapping[str, Any], prefix: str = "") -> dict[str, str]:
    flat: dict[str, str] = {}
    for name, value in table.items():
        key = f"{prefix}{name}"
        if isinstance(value, Mapping):
            flat.update(_flatten(value, key + "."))
        elif isinstance(value, str):
            flat[key] = value
        else:
            raise TypeError(f"message {key!r} must be text, not {type(value).__name__}")
    return flat


class Catalogue:
    def __init__(self, messages: Mapping[str, Mapping[str, str]]) -> None:
        if REFERENCE_LANGUAGE not in messages:
            raise ValueError(f"a catalogue needs the {REFERENCE_LANGUAGE} messages")
        self._messages = {language: dict(texts) for language, texts in messages.items()}

    @classmethod
    def from_toml(cls, documents: Mapping[str, str]) -> Catalogue:
        return cls({lang: _flatten(tomllib.loads(text)) for lang, text in documents.items()})

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(language for language in LANGUAGES if language in self._messages)

    def keys(self, language: str = REFERENCE_LANGUAGE) -> set[str]:
        return set(self._messages.get(language, {}))

    def text(self, key: str, language: str = REFERENCE_LANGUAGE, **params: object) -> str:
        """The message ``key`` in ``language``, with ``{name}`` placeholders filled in."""
        template = self._messages.get(language, {}).get(key)
        if template is None:
            template = self._messages[REFERENCE_LANGUAGE].get(key)
        if template is None:
            raise MissingMessageError(key)
        return template.format(**params) if params else template

    def resolve_language(self, requested: str | None) -> str:
        """``requested`` if the catalogue speaks it, else the reference language."""
        if requested and requested.lower() in self.languages:
            return requested.lower()
        return REFERENCE_LANGUAGE


@cache
def catalogue() -> Catalogue:
    """The project's catalogue, read once from the package's message files."""
    folder = resources.files("mock_services") / "messages"
    documents = {
        language: (folder / f"{language}.toml").read_text(encoding="utf-8")
        for language in LANGUAGES
        if (folder / f"{language}.toml").is_file()
    }
    return Catalogue.from_toml(documents)
