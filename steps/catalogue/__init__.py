"""The step catalogue for scenario writers: every Dutch step sentence the features may use,
with its parameters, the names a parameter accepts and an example from the features, the
screen names of the page registry and the test persons; read from the code, never kept by hand.

``persopoint steps`` prints it; ``docs/steps.md`` is the same catalogue as Markdown (a test
keeps it up to date: ``persopoint steps --markdown > docs/steps.md``).
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pytest_bdd import parsers
from pytest_bdd.steps import StepFunctionContext, step_function_context_registry

import steps
from mock_services.hosting.registry import by_display_name, systems
from mock_services.world.people import persons
from steps.pages.screens import SCREENS

KEYWORDS = {"given": "Gegeven", "when": "Als", "then": "Dan", None: "*"}
"""The Dutch keyword a step type is written with (``En`` and ``Maar`` repeat the last one)."""
STEP_LINE = re.compile(r"^\s*(Gegeven|Stel|Als|Wanneer|Dan|En|Maar)\s+(?P<text>.+?)\s*$")
ROOT = Path(__file__).parents[2]


@dataclass(frozen=True)
class Parameter:
    name: str
    choices: tuple[str, ...]
    """The names this parameter accepts (empty: any text)."""


@dataclass(frozen=True)
class StepEntry:
    keyword: str
    sentence: str
    """The sentence with its parameters as ``<name>``."""
    parameters: tuple[Parameter, ...]
    example: str
    """A line of the features that uses this step, or empty when none does yet."""
    where: str
    """The step definition: ``steps/<module>.py:<line>``."""


def load_step_modules() -> None:
    """Import every module directly in ``steps`` (the step definitions, as the root conftest
    loads them)."""
    for module in pkgutil.iter_modules(steps.__path__):
        if not module.ispkg and not module.name.startswith("_"):
            importlib.import_module(f"{steps.__name__}.{module.name}")


def _system_names() -> list[str]:
    return sorted(spec.display_name for spec in systems())


KNOWN_CHOICES: dict[Callable[..., object], Callable[[], list[str]]] = {
    by_display_name: _system_names
}
"""Converters that are plain functions, with the names they accept."""


def _choices(converter: object) -> tuple[str, ...]:
    names = getattr(converter, "names", None)
    if callable(names):
        return tuple(str(name) for name in names())
    known = KNOWN_CHOICES.get(converter)  # type: ignore[call-overload]
    return tuple(known()) if known is not None else ()


def readable(pattern: str) -> str:
    """A regular expression of a step as writers read it: named groups as ``<name>``."""
    text = ""
    index = 0
    while index < len(pattern):
        if pattern.startswith("(?P<", index):
            name_end = pattern.index(">", index)
            name = pattern[index + 4 : name_end]
            depth, index = 1, name_end + 1
            while depth:
                if pattern[index] == "\\":
                    index += 1
                elif pattern[index] == "(":
                    depth += 1
                elif pattern[index] == ")":
                    depth -= 1
                index += 1
            text += f"<{name}>"
            continue
        text += pattern[index]
        index += 1
    return re.sub(r"\\(.)", r"\1", text.removeprefix("^").removesuffix("$"))


def _sentence_and_names(parser: Any) -> tuple[str, list[str]]:
    if isinstance(parser, parsers.re):
        return readable(parser.regex.pattern), list(parser.regex.groupindex)
    if isinstance(parser, parsers.parse):
        names = list(parser.parser.named_fields)
        return re.sub(r"\{(\w+)(:[^}]*)?\}", r"<\1>", parser.name), names
    return str(parser.name), []


def feature_step_lines(root: Path = ROOT) -> list[str]:
    """The text of every step line in the features (without its keyword), in file order."""
    lines = []
    for path in sorted((root / "features").rglob("*.feature")):
        for line in path.read_text(encoding="utf-8").splitlines():
            match = STEP_LINE.match(line)
            if match:
                lines.append(match.group("text"))
    return lines


def _entry(context: StepFunctionContext, examples: Iterable[str]) -> StepEntry:
    sentence, names = _sentence_and_names(context.parser)
    code = context.step_func.__code__
    where = Path(code.co_filename).resolve().relative_to(ROOT).as_posix()
    example = next((line for line in examples if context.parser.is_matching(line)), "")
    keyword = KEYWORDS[context.type]
    return StepEntry(
        keyword=keyword,
        sentence=sentence,
        parameters=tuple(Parameter(name, _choices(context.converters.get(name))) for name in names),
        example=f"{keyword} {example}" if example else "",
        where=f"{where}:{code.co_firstlineno}",
    )


def step_entries(root: Path = ROOT) -> list[StepEntry]:
    """Every step definition of ``steps/*.py``, in the order of their files and lines."""
    load_step_modules()
    contexts = [
        context
        for context in list(step_function_context_registry.values())
        if context.step_func.__module__.startswith(f"{steps.__name__}.")
    ]
    examples = feature_step_lines(root)
    made = (_entry(context, examples) for context in contexts)
    entries = {(entry.where, entry.keyword, entry.sentence): entry for entry in made}
    return sorted(entries.values(), key=lambda entry: _file_line(entry.where))


def _file_line(where: str) -> tuple[str, int]:
    path, _, line = where.rpartition(":")
    return path, int(line)


def screen_names() -> list[str]:
    return SCREENS.names()


def person_lines() -> list[str]:
    """One line per test person: the name the features use and what the person has."""
    lines = []
    for person in persons().values():
        has = [f"eID {person.card}"]
        has.append("card reader" if person.card_reader else "no card reader")
        if person.itsme:
            has.append("itsme (fingerprint)" if person.itsme_fingerprint else "itsme")
        if not person.federal_staff:
            has.append("not federal staff")
        lines.append(f"{person.full_name} ({person.id}): {', '.join(has)}")
    return sorted(lines)


def as_text(entries: list[StepEntry]) -> str:
    out = ["Steps (the keyword En or Maar repeats the one before):", ""]
    for entry in entries:
        out.append(f"{entry.keyword} {entry.sentence}")
        for parameter in entry.parameters:
            if parameter.choices:
                out.append(f"    <{parameter.name}>: {' | '.join(parameter.choices)}")
        if entry.example:
            out.append(f"    e.g. {entry.example}")
        out.append(f"    defined in {entry.where}")
    out += ["", "Screens (for <shown>):", *(f"  {name}" for name in screen_names())]
    out += ["", "Test persons:", *(f"  {line}" for line in person_lines())]
    return "\n".join(out) + "\n"


def as_markdown(entries: list[StepEntry]) -> str:
    out = [
        "# Step catalogue",
        "",
        "<!-- Generated from steps/*.py, the page registry and the test persons by",
        "     `persopoint steps --markdown > docs/steps.md`; do not edit by hand. -->",
        "",
        "Every sentence a scenario may use, in Dutch. `En` and `Maar` repeat the keyword of",
        "the step before. A parameter in `<angle brackets>` is written in the feature as shown",
        "in the example.",
        "",
        "## Steps",
        "",
    ]
    for entry in entries:
        out.append(f"### `{entry.keyword} {entry.sentence}`")
        out.append("")
        for parameter in entry.parameters:
            if parameter.choices:
                listed = ", ".join(f"`{choice}`" for choice in parameter.choices)
                out.append(f"- `<{parameter.name}>`: one of {listed}")
            else:
                out.append(f"- `<{parameter.name}>`: any text")
        if entry.example:
            out.append(f"- Example: `{entry.example}`")
        out.append(f"- Defined in `{entry.where}`")
        out.append("")
    out += ["## Screens", "", *(f"- {name}" for name in screen_names()), ""]
    out += ["## Test persons", "", *(f"- {line}" for line in person_lines())]
    return "\n".join(out) + "\n"
