"""Every screen a feature can name, by the name the features use.

A page object registers itself where it is defined::

    @screen("sleutelkeuze van CSAM")
    class CsamKeyChoicePage(Screen): ...

and the steps find it with ``SCREENS("sleutelkeuze van CSAM")`` (their pytest-bdd converter).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from steps.pages.base import Screen
from steps.pages.lookup import Lookup, UnknownNameError

ScreenClass = TypeVar("ScreenClass", bound=type[Screen])


class UnknownScreenError(UnknownNameError):
    pass


SCREENS: Lookup[type[Screen]] = Lookup("screen", UnknownScreenError)


def screen(name: str) -> Callable[[ScreenClass], ScreenClass]:
    """Class decorator: the features call this screen ``name``."""

    def register(cls: ScreenClass) -> ScreenClass:
        SCREENS.register(name, cls)
        return cls

    return register
