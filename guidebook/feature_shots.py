"""Which scenario would produce a screenshot: the capture steps of the feature files, read
without running them, so that a missing figure names the scenario to run."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

SCENARIO = re.compile(r"^\s*(?:Scenario|Abstract Scenario|Voorbeeld):\s*(.+?)\s*$")
STEP = re.compile(r"^\s*(?:Gegeven|Stel|Als|Wanneer|Dan|En|Maar)\s")


@dataclass(frozen=True)
class Producer:
    """The scenario whose step captures a screenshot, and where."""

    scenario: str
    feature: str
    line: int

    def __str__(self) -> str:
        return f"'{self.scenario}' ({self.feature}:{self.line})"


def feature_shots(features: Path) -> dict[str, Producer]:
    """Every screenshot name a capture step of ``features`` names, with its scenario."""
    found: dict[str, Producer] = {}
    for path in sorted(features.rglob("*.feature")):
        scenario = ""
        shown = path.relative_to(features.parent).as_posix()
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            heading = SCENARIO.match(line)
            if heading:
                scenario = heading.group(1)
                continue
            if not STEP.match(line) or "vast" not in line:
                continue
            for match in _captures(line):
                found.setdefault(match, Producer(scenario, shown, number))
    return found


def _captures(line: str) -> list[str]:
    """The quoted screenshot names of a capture step ('… en leg ik het vast als "<shot>"',
    'ik het scherm "<shot>" vastleg')."""
    if "vast als" in line:
        return re.findall(r'vast als "([^"]+)"', line)
    return re.findall(r'het scherm "([^"]+)" vastleg', line)
