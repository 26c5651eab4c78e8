"""The card stack's imports run one way: belpic <- eid_card, pcsc_host <- the eID software.

Read from the source with ``ast`` (every import counts, also those under ``TYPE_CHECKING``
or inside a function): the formats know no one, the card knows only the formats, the PC's
smart-card host knows no card and no system, the eID software reads cards only through the
formats and PC/SC, and CSAM knows of the eID software only its contract.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]

BELPIC = "mock_services.smartcard.belpic"
EID_CARD = "mock_services.smartcard.eid_card"
PCSC_HOST = "mock_services.smartcard.pcsc_host"
SYSTEMS = "mock_services.systems"
EID_MIDDLEWARE = "mock_services.systems.eid_middleware"
EID_CONTRACT = "mock_services.systems.eid_middleware.contract"
CSAM = "mock_services.systems.csam"


def within(name: str, packages: tuple[str, ...]) -> bool:
    return any(name == package or name.startswith(f"{package}.") for package in packages)


@dataclass(frozen=True)
class Rule:
    package: str
    only: tuple[str, ...] | None = None
    """When set, the only project packages this one may import (besides itself)."""
    never: tuple[str, ...] = ()
    but: tuple[str, ...] = ()
    """Exceptions to ``never``."""

    def __str__(self) -> str:
        return self.package.removeprefix("mock_services.")

    def breaks(self, imported: str) -> bool:
        if not within(imported, ("mock_services",)) or within(imported, (self.package,)):
            return False
        if self.only is not None and not within(imported, self.only):
            return True
        return within(imported, self.never) and not within(imported, self.but)


RULES = (
    Rule(BELPIC, only=()),
    Rule(EID_CARD, only=(BELPIC, "mock_services.smartcard.eid_pki", "mock_services.world")),
    Rule(PCSC_HOST, never=(EID_CARD, SYSTEMS)),
    Rule(EID_MIDDLEWARE, never=(EID_CARD,)),
    Rule(CSAM, never=(EID_CARD, PCSC_HOST, EID_MIDDLEWARE), but=(EID_CONTRACT,)),
)


def imports_in(source: str, module: str, *, is_package: bool = False) -> set[str]:
    """Every module (or module attribute) ``source`` imports, as absolute dotted names."""
    package = module if is_package else module.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")
                anchor = ".".join(parts[: len(parts) - node.level + 1])
                base = f"{anchor}.{base}" if base else anchor
            found.update(f"{base}.{alias.name}" for alias in node.names)
    return found


def modules_of(package: str) -> dict[str, set[str]]:
    """The modules of ``package`` by dotted name, each with what it imports."""
    modules = {}
    for path in sorted(ROOT.joinpath(*package.split(".")).rglob("*.py")):
        parts = path.relative_to(ROOT).with_suffix("").parts
        is_package = parts[-1] == "__init__"
        name = ".".join(parts[:-1] if is_package else parts)
        modules[name] = imports_in(path.read_text(encoding="utf-8"), name, is_package=is_package)
    return modules


@pytest.mark.parametrize("rule", RULES, ids=str)
def test_imports_run_one_way(rule: Rule) -> None:
    modules = modules_of(rule.package)
    assert modules, f"no modules found in {rule.package}"
    broken = [
        f"{module} imports {imported}"
        for module, imported_names in modules.items()
        for imported in sorted(imported_names)
        if rule.breaks(imported)
    ]
    assert broken == []


def test_csam_reaches_the_eid_software_through_its_contract() -> None:
    """The exception for CSAM is in use, so its rule does not pass on an empty set."""
    imported = set().union(*modules_of(CSAM).values())
    assert any(within(name, (EID_CONTRACT,)) for name in imported)


def test_an_import_only_for_type_checking_counts() -> None:
    source = (
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n"
        "    from mock_services.systems.eid_middleware.errors import EidError\n"
    )
    card = next(rule for rule in RULES if rule.package == EID_CARD)
    imported = imports_in(source, f"{EID_CARD}.applet")
    assert [name for name in imported if card.breaks(name)] == [f"{EID_MIDDLEWARE}.errors.EidError"]


def test_relative_imports_are_resolved() -> None:
    source = "from . import stack\nfrom ..eid_card.applet import BelpicCard\n"
    assert imports_in(source, f"{PCSC_HOST}.slot") == {
        f"{PCSC_HOST}.stack",
        f"{EID_CARD}.applet.BelpicCard",
    }
    assert imports_in("from .apdu import SW\n", BELPIC, is_package=True) == {f"{BELPIC}.apdu.SW"}


def test_csam_may_not_use_the_rest_of_the_eid_software() -> None:
    csam = next(rule for rule in RULES if rule.package == CSAM)
    assert csam.breaks(f"{EID_MIDDLEWARE}.sessions.outcome_of")
    assert not csam.breaks(f"{EID_CONTRACT}.Outcome")
