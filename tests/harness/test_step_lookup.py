"""pytest-bdd's step lookup, done once per step and test module (fixtures/step_lookup.py)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from fixtures.step_lookup import LOOKUP, StepLookupCache, bdd_scenario


class CountingLookup:
    def __init__(self) -> None:
        self.calls: list[tuple[str, Path]] = []

    def __call__(self, step: Any, fixturemanager: Any, node: Any) -> Iterable[Any]:
        self.calls.append((step.name, node.path))
        yield f"definition of {step.name!r} for {node.path.name}"


def _step(name: str, kind: str = "when") -> Any:
    return SimpleNamespace(type=kind, name=name)


def _node(module: str) -> Any:
    return SimpleNamespace(path=Path("features") / module)


def test_a_step_is_looked_up_once_per_test_module() -> None:
    lookup = CountingLookup()
    cached = StepLookupCache(lookup)
    manager: Any = object()
    click = _step('ik klik op "OK"')
    first: list[Any] = list(cached(click, manager, _node("test_a.py")))
    again: list[Any] = list(cached(click, manager, _node("test_a.py")))
    other_module: list[Any] = list(cached(click, manager, _node("test_b.py")))
    assert first == again == ["definition of 'ik klik op \"OK\"' for test_a.py"]
    assert other_module == ["definition of 'ik klik op \"OK\"' for test_b.py"]
    assert len(lookup.calls) == 2


def test_the_step_type_and_text_are_part_of_the_key() -> None:
    lookup = CountingLookup()
    cached = StepLookupCache(lookup)
    manager: Any = object()
    node = _node("test_a.py")
    for step in (_step("x", "given"), _step("x", "when"), _step("y", "when"), _step("x")):
        list(cached(step, manager, node))
    assert len(lookup.calls) == 3


def test_the_plugin_is_installed_in_this_session() -> None:
    installed = getattr(bdd_scenario, LOOKUP)
    assert isinstance(installed, StepLookupCache)
    assert not isinstance(installed.lookup, StepLookupCache)
