"""The texts page objects expect, read from the services' message catalogue in a language.

Page objects name a message by its catalogue key (``csam.keychoice.title``) instead of
repeating the Dutch text, so the same page object checks the French or German edition. The
features quote texts in Dutch (they are the one specification); ``from_reference`` turns such a
quote into the text the edition shows.
"""

from __future__ import annotations

import re
from functools import cache
from string import Formatter

from mock_services.world.i18n import REFERENCE_LANGUAGE, catalogue


def text(key: str, language: str, **params: object) -> str:
    """The message ``key`` in ``language`` (Dutch where it is not translated yet)."""
    return catalogue().text(key, language, **params)


def _template_pattern(template: str) -> str:
    parts = []
    for literal, field, _spec, _conversion in Formatter().parse(template):
        parts.append(re.escape(literal))
        if field is not None:
            parts.append(".+?")
    return "".join(parts)


def pattern(language: str, *keys: str) -> re.Pattern[str]:
    """Any of the messages ``keys``, whatever fills their placeholders
    (``Foute itsme-code. Je hebt nog {attempts} pogingen.``). It is not anchored: Playwright
    matches a pattern against an element's text without trimming its surrounding white space."""
    if not keys:
        raise ValueError("pattern() needs at least one message key")
    alternatives = "|".join(_template_pattern(catalogue().text(key, language)) for key in keys)
    return re.compile(alternatives)


@cache
def _reference_keys() -> dict[str, tuple[str, ...]]:
    """Every Dutch text of the catalogue, with the keys that hold it."""
    keys: dict[str, list[str]] = {}
    for key in sorted(catalogue().keys(REFERENCE_LANGUAGE)):
        keys.setdefault(catalogue().text(key, REFERENCE_LANGUAGE), []).append(key)
    return {dutch: tuple(found) for dutch, found in keys.items()}


def _template_groups(template: str) -> re.Pattern[str]:
    """A Dutch template as a pattern that captures what fills each placeholder."""
    parts: list[str] = []
    seen: set[str] = set()
    for literal, field, _spec, _conversion in Formatter().parse(template):
        parts.append(re.escape(literal))
        if field is not None:
            parts.append(f"(?P={field})" if field in seen else f"(?P<{field}>.+?)")
            seen.add(field)
    return re.compile("".join(parts))


@cache
def _reference_templates() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The Dutch messages with placeholders (``Terug naar {client}``), as patterns."""
    return tuple(
        (key, _template_groups(template))
        for key in sorted(catalogue().keys(REFERENCE_LANGUAGE))
        if "{" in (template := catalogue().text(key, REFERENCE_LANGUAGE))
    )


def _preferred(keys: list[str], service: str) -> list[str]:
    return (
        [key for key in keys if key.startswith(f"{service}.")]
        or [key for key in keys if key.startswith("shared.")]
        or keys
    )


def reference_message(dutch: str, service: str = "") -> tuple[str, dict[str, str]] | None:
    """The catalogue message a feature quotes as ``dutch``: its key and what fills its
    placeholders (``Terug naar CSAM`` is ``itsme.back`` with ``client="CSAM"``), or None if
    the text is no message (a person's name).

    Where several messages read the same ("OK", "Aanmelden"), the one of ``service`` (the
    shown page's service) is preferred, then a shared one."""
    keys = _preferred(list(_reference_keys().get(dutch, ())), service)
    if keys:
        return keys[0], {}
    matches = {
        key: found.groupdict()
        for key, template in _reference_templates()
        if (found := template.fullmatch(dutch))
    }
    keys = _preferred(sorted(matches), service)
    return (keys[0], matches[keys[0]]) if keys else None


class NotACatalogueText(LookupError):
    """A feature quotes a label or message that no Dutch catalogue text reads: it could not be
    shown in another edition, so the scenario fails in every edition, naming the quote."""

    def __init__(self, dutch: str, service: str) -> None:
        where = f" (on a page of {service})" if service else ""
        super().__init__(
            f'the feature quotes "{dutch}"{where}, which is not a text of the message '
            "catalogue: quote the Dutch text exactly as the page shows it, or add the message "
            "to the service's messages/{nl,fr,de}.toml"
        )


def from_reference(dutch: str, language: str, service: str = "") -> str:
    """``dutch``, a label or message a feature quotes, as it reads in ``language`` on a page
    of ``service``. A quote that is no catalogue text raises NotACatalogueText, in the Dutch
    run too, so that the features stay translatable."""
    message = reference_message(dutch, service)
    if message is None:
        raise NotACatalogueText(dutch, service)
    if language == REFERENCE_LANGUAGE:
        return dutch
    key, params = message
    return catalogue().text(key, language, **params)
