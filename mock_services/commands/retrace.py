"""``persopoint retrace``: run the failed tests of a run again, recording their Playwright traces.

Recording a trace of every browser context made a run of the features about a quarter slower,
to keep the few traces of the scenarios that fail. The world is seeded, so a scenario that
failed fails the same way when it runs again: ``make test`` runs without tracing and, when
scenarios failed, runs only those again with tracing (``TRACING=on-rerun``, the default).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any
from xml.etree import ElementTree

from guidebook.qa_reports import trace_folder

if TYPE_CHECKING:
    import argparse

EXIT_FAILURE = 1
DEFAULT_OUTPUT = Path("build/test-results")
RAN = (0, 1)
"""pytest's exit statuses for a run of the tests: all passed, some failed."""
DEFAULT_LIMIT = 10
"""At most this many failed tests run again: when everything failed, the first traces tell."""


class JunitError(Exception):
    """The JUnit XML file cannot be read."""


def register(commands: Any) -> None:
    parser = commands.add_parser(
        "retrace",
        help="run a run's failed tests again, keeping their Playwright traces",
        description=(
            "Read the failed tests from a run's JUnit XML file and run them again with "
            "pytest, tracing every browser context and keeping the traces of the tests that "
            "fail again (--tracing retain-on-failure). The exit status says whether the "
            "tests could be run again, not whether they passed: the first run's result stands."
        ),
    )
    parser.add_argument("--junit", type=Path, required=True, metavar="FILE")
    parser.add_argument(
        "--output",
        type=Path,
        default=DEFAULT_OUTPUT,
        metavar="DIR",
        help=f"where the traces go, one folder per test (default {DEFAULT_OUTPUT})",
    )
    parser.add_argument(
        "--limit",
        type=int,
        default=DEFAULT_LIMIT,
        metavar="N",
        help=f"run at most N failed tests again (default {DEFAULT_LIMIT})",
    )
    parser.add_argument(
        "pytest_args",
        nargs="*",
        metavar="PYTEST_ARG",
        help="more options for pytest, after -- (the run's edition, runs and reports folders)",
    )
    parser.set_defaults(run=run)


def failed_tests(junit: Path) -> list[str]:
    """The node ids of the tests that failed or had an error in ``junit`` (pytest's JUnit XML),
    in the file's order."""
    try:
        root = ElementTree.parse(junit).getroot()
    except FileNotFoundError:
        raise JunitError(f"{junit} does not exist: the run wrote no JUnit XML") from None
    except (ElementTree.ParseError, OSError) as error:
        raise JunitError(f"{junit} cannot be read as JUnit XML: {error}") from None
    failed: list[str] = []
    for case in root.iter("testcase"):
        if case.find("failure") is None and case.find("error") is None:
            continue
        node_id = _node_id(case.get("classname", ""), case.get("name", ""))
        if node_id not in failed:
            failed.append(node_id)
    return failed


def _node_id(classname: str, name: str) -> str:
    """pytest's node id from a test case's ``classname`` (``features.toegang.test_toegang``,
    a class's name last if the test is in one) and ``name``."""
    if not classname or not name:
        raise JunitError(f"a test case without a classname or name: {classname!r}, {name!r}")
    parts = classname.split(".")
    classes = [part for part in parts if part[:1].isupper()]
    module = parts[: len(parts) - len(classes)]
    return "::".join(["/".join(module) + ".py", *classes, name])


def traces_of(output: Path, node_id: str) -> list[Path]:
    """The traces pytest-playwright kept for ``node_id``, one per browser context
    (``trace.zip``, or ``trace-1.zip``, ``trace-2.zip`` with the phone's)."""
    return sorted(trace_folder(output, node_id).glob("trace*.zip"))


def run(arguments: argparse.Namespace) -> int:
    try:
        failed = failed_tests(arguments.junit)
    except JunitError as error:
        print(f"persopoint retrace: {error}", file=sys.stderr)
        return EXIT_FAILURE
    if not failed:
        print(f"retrace: no test failed in {arguments.junit}")
        return 0
    chosen = failed[: max(arguments.limit, 1)]
    left = len(failed) - len(chosen)
    print(
        f"retrace: running {len(chosen)} failed tests again with tracing"
        + (f" (the first {len(chosen)}; {left} more not)" if left else "")
    )
    with tempfile.TemporaryDirectory(prefix="retrace-") as work:
        junit = Path(work) / "junit.xml"
        command = [
            sys.executable, "-m", "pytest", "-n", "0", "-q", "--tracing", "retain-on-failure",
            "--output", str(arguments.output), "--junitxml", str(junit),
            *arguments.pytest_args, *chosen,
        ]  # fmt: skip
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        if done.returncode not in RAN:
            sys.stderr.write(done.stdout[-3000:] + done.stderr[-3000:])
            print(f"persopoint retrace: pytest stopped ({done.returncode})", file=sys.stderr)
            return EXIT_FAILURE
        failed_again = set(failed_tests(junit))
    outcome = done.stdout.strip().splitlines()[-1:] or ["(pytest said nothing)"]
    print(f"retrace: {outcome[0]}")
    for node_id in chosen:
        traces = traces_of(arguments.output, node_id) if node_id in failed_again else []
        if traces:
            found = ", ".join(str(trace) for trace in traces)
        elif node_id in failed_again:
            found = "failed again, but kept no trace (it opened no browser)"
        else:
            found = "passed when run alone: no trace (did an earlier test leave something behind?)"
        print(f"  {node_id}: {found}")
    return 0
