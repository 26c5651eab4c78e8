"""The step catalogue lists every step definition, is generated from the code, and
docs/steps.md is the catalogue of the code as it is."""

from __future__ import annotations

import ast

import pytest

from mock_services.cli import main
from steps.catalogue import ROOT, readable, screen_names, step_entries

STEP_DECORATORS = {"given", "when", "then", "step"}


def decorated_steps() -> int:
    """How many step decorators ``steps/*.py`` holds, counted from the source."""
    count = 0
    for path in sorted((ROOT / "steps").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef):
                for decorator in node.decorator_list:
                    call = decorator.func if isinstance(decorator, ast.Call) else decorator
                    if isinstance(call, ast.Name) and call.id in STEP_DECORATORS:
                        count += 1
    return count


def test_the_catalogue_lists_every_step_definition() -> None:
    entries = step_entries()
    assert len(entries) == decorated_steps()
    assert all(entry.keyword in {"Gegeven", "Als", "Dan"} for entry in entries)


def test_a_step_with_a_screen_lists_the_screen_names_and_an_example() -> None:
    (entry,) = [
        entry for entry in step_entries() if entry.sentence == 'zie ik het scherm "<shown>"'
    ]
    (shown,) = entry.parameters
    assert shown.choices == tuple(screen_names())
    assert "sleutelkeuze van CSAM" in shown.choices
    assert entry.example.startswith('Dan zie ik het scherm "')


@pytest.mark.parametrize(
    ("pattern", "shown"),
    [
        (r'zie ik het scherm "(?P<shown>[^"]+)"$', 'zie ik het scherm "<shown>"'),
        (r"(?P<service>\w+) is in onderhoud", "<service> is in onderhoud"),
        (r"ik wacht (?P<minutes>\d+) minuten?", "ik wacht <minutes> minuten?"),
    ],
)
def test_patterns_read_as_sentences(pattern: str, shown: str) -> None:
    assert readable(pattern) == shown


def test_docs_steps_md_is_up_to_date(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["steps", "--markdown"]) == 0
    generated = capsys.readouterr().out
    written = (ROOT / "docs" / "steps.md").read_text(encoding="utf-8")
    assert written == generated, "run: persopoint steps --markdown > docs/steps.md"


def test_the_command_lists_steps_screens_and_persons(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["steps"]) == 0
    out = capsys.readouterr().out
    assert "Gegeven ik ben <name> met mijn eID-kaart en een kaartlezer" in out
    assert "Screens (for <shown>):" in out
    assert "Test persons:" in out
