"""Every simulated system, found by its ``spec.py``: no list of systems is kept by hand.

A package under ``mock_services/systems/`` with a ``spec.py`` that defines ``SPEC`` is a
system of the world. They are served in name order.
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import cache

from mock_services import systems as systems_package
from mock_services.hosting.spec import SystemSpec


class UnknownSystemError(LookupError):
    def __init__(self, name: str, known: list[str]) -> None:
        super().__init__(f"no system named {name!r}; the world has: {', '.join(known)}")


@cache
def systems() -> tuple[SystemSpec, ...]:
    """The spec of every system, in name order."""
    found: list[SystemSpec] = []
    for module in pkgutil.iter_modules(systems_package.__path__):
        if not module.ispkg:
            continue
        spec_module = importlib.import_module(f"{systems_package.__name__}.{module.name}.spec")
        spec = spec_module.SPEC
        if not isinstance(spec, SystemSpec):
            raise TypeError(f"{spec_module.__name__}.SPEC is not a SystemSpec")
        found.append(spec)
    return tuple(sorted(found, key=lambda spec: spec.name))


def system(name: str) -> SystemSpec:
    for spec in systems():
        if spec.name == name:
            return spec
    raise UnknownSystemError(name, [spec.name for spec in systems()])


def by_display_name(display_name: str) -> SystemSpec:
    """The system the features call ``display_name`` ("CSAM", "PersoSelfService")."""
    for spec in systems():
        if spec.display_name == display_name:
            return spec
    raise UnknownSystemError(display_name, [spec.display_name for spec in systems()])
