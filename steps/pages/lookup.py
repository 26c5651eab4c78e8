"""Page objects found by the names the features use, registered where they are defined.

A page-object module registers its classes with a decorator (``@screen("sleutelkeuze van
CSAM")``, ``@start_page``); a lookup imports every module of ``steps.pages`` before its first
answer, so no list of page objects is kept by hand. The steps use the lookups as pytest-bdd
``converters``: an unknown name fails the step with the names the features may use.
"""

from __future__ import annotations

import difflib
import importlib
import pkgutil
from functools import cache
from typing import Generic, TypeVar

import steps.pages

T = TypeVar("T")


class UnknownNameError(LookupError):
    def __init__(self, kind: str, name: str, known: list[str]) -> None:
        close = difflib.get_close_matches(name, known, n=1)
        hint = f"; did you mean {close[0]!r}?" if close else ""
        listed = "\n  ".join(sorted(known)) or "(none)"
        super().__init__(f"no {kind} named {name!r}{hint}\nthe features know:\n  {listed}")
        self.name = name
        self.known = known


@cache
def load_page_objects() -> None:
    """Import every module of ``steps.pages``, so that all their registrations are made."""
    for module in pkgutil.iter_modules(steps.pages.__path__):
        importlib.import_module(f"{steps.pages.__name__}.{module.name}")


class Lookup(Generic[T]):
    """Named things of one ``kind`` ("screen"), filled by registrations in page-object modules.

    Calling it with a name gives the thing, or raises ``error`` (an ``UnknownNameError``)."""

    def __init__(self, kind: str, error: type[UnknownNameError] = UnknownNameError) -> None:
        self.kind = kind
        self.error = error
        self._entries: dict[str, T] = {}

    def register(self, name: str, value: T) -> None:
        earlier = self._entries.get(name)
        if earlier is not None and earlier is not value:
            raise ValueError(f"two {self.kind}s are named {name!r}: {earlier!r} and {value!r}")
        self._entries[name] = value

    def names(self) -> list[str]:
        load_page_objects()
        return sorted(self._entries)

    def __call__(self, name: str) -> T:
        load_page_objects()
        found = self._entries.get(name)
        if found is None:
            raise self.error(self.kind, name, list(self._entries))
        return found
