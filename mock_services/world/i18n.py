"""The message catalogue: every user-facing string of every service, per language.

Messages live in ``messages/<language>.toml`` files as nested tables; a key is the dotted
path (``csam.keychoice.title``). The shared texts are in ``mock_services/messages/``, each
system's own in ``mock_services/systems/<system>/messages/``, so a new system brings its texts
with it. Dutch is the reference language: a message missing in another language falls back to
Dutch, and a key missing in Dutch is an error.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping, Sequence
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable
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

    @classmethod
    def from_files(cls, files: Mapping[str, Sequence[Traversable]]) -> Catalogue:
        """The catalogue of every language's files; a key defined in two files is an error."""
        messages: dict[str, dict[str, str]] = {}
        for language, paths in files.items():
            merged: dict[str, str] = {}
            origin: dict[str, str] = {}
            for path in paths:
                for key, text in _flatten(tomllib.loads(path.read_text("utf-8"))).items():
                    if key in merged:
                        raise ValueError(
                            f"message {key!r} ({language}) is defined twice: in {origin[key]} "
                            f"and in {path}"
                        )
                    merged[key], origin[key] = text, str(path)
            messages[language] = merged
        return cls(messages)

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


def message_folders() -> list[Traversable]:
    """The shared message folder, then each system's, in name order (a system is a package
    folder: ``__pycache__``, which Python writes beside them, is not one)."""
    package = resources.files("mock_services")
    systems = sorted(
        (
            folder
            for folder in (package / "systems").iterdir()
            if folder.is_dir() and not folder.name.startswith(("_", "."))
        ),
        key=lambda folder: folder.name,
    )
    return [package / "messages", *(system / "messages" for system in systems)]


@cache
def catalogue() -> Catalogue:
    """The project's catalogue, read once from the package's message files."""
    files = {
        language: [
            folder / f"{language}.toml"
            for folder in message_folders()
            if (folder / f"{language}.toml").is_file()
        ]
        for language in LANGUAGES
    }
    return Catalogue.from_files({language: paths for language, paths in files.items() if paths})
