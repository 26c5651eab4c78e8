"""The world's start time, and setting its clock to an absolute time: from the control API,
from pytest (``--world-time``) and from ``persopoint world --world-time``.

The clock only moves forward (expired codes and sessions must stay expired); a reset, with
another start if needed, is the way back.
"""

from __future__ import annotations

import json
import signal
import subprocess
import sys
from datetime import UTC, datetime, timedelta

import pytest
import requests
from flask.testing import FlaskClient

from mock_services.cli import main
from mock_services.control import WorldClient, create_app
from mock_services.world import World
from mock_services.world.clock import WorldClock, parse_instant

pytest_plugins = ["pytester"]

NINE_IN_BRUSSELS = "2026-03-02T09:00:00+01:00"
EIGHT_UTC = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
START = datetime(2026, 3, 2, 8, 30, tzinfo=UTC)
WORLD_PLUGIN = (
    "-p",
    "fixtures.edition",
    "-p",
    "fixtures.world",
    "-p",
    "no:playwright",
    "-p",
    "no:hypothesispytest",
)


@pytest.fixture
def client() -> FlaskClient:
    return create_app(World()).test_client()


@pytest.mark.parametrize(
    ("text", "instant"),
    [
        (NINE_IN_BRUSSELS, EIGHT_UTC),
        ("2026-03-02T08:00:00Z", EIGHT_UTC),
        ("2026-03-02T08:00+00:00", EIGHT_UTC),
    ],
)
def test_iso_times_with_an_offset_are_read(text: str, instant: datetime) -> None:
    assert parse_instant(text) == instant
    assert parse_instant(text).tzinfo is UTC


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("2026-03-02T09:00:00", "has no UTC offset"),
        ("2026-03-02", "has no UTC offset"),
        ("tomorrow", "is not an ISO 8601 time"),
        ("2026-13-02T09:00:00Z", "is not an ISO 8601 time"),
        ("0001-01-01T00:00:00+01:00", "outside the years 1 to 9999"),
    ],
)
def test_naive_and_malformed_times_are_refused(text: str, problem: str) -> None:
    with pytest.raises(ValueError, match=problem):
        parse_instant(text)


def test_the_clock_is_set_forward_only() -> None:
    clock = WorldClock(START)
    assert clock.set(START + timedelta(hours=1)) == START + timedelta(hours=1)
    with pytest.raises(ValueError, match="only moves forward"):
        clock.set(START)
    assert clock.now() == START + timedelta(hours=1)


def test_the_control_api_sets_the_clock(client: FlaskClient) -> None:
    answer = client.post("/api/clock/set", json={"now": "2026-03-02T10:15:00+01:00"})
    assert answer.status_code == 200
    assert answer.get_json()["now"] == "2026-03-02T09:15:00+00:00"


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        ({"now": "2026-03-02T10:15:00"}, "has no UTC offset"),
        ({"now": "soon"}, "is not an ISO 8601 time"),
        ({"now": 1772442000}, "'now' must be an ISO 8601 time"),
        ({"now": None}, "'now' must be an ISO 8601 time"),
        ({}, "the field 'now' is required"),
        ({"now": NINE_IN_BRUSSELS}, "only moves forward"),
    ],
    ids=["naive", "malformed", "a number", "null", "missing", "backwards"],
)
def test_the_control_api_refuses_bad_times(
    client: FlaskClient, body: dict[str, object], problem: str
) -> None:
    answer = client.post("/api/clock/set", json=body)
    assert answer.status_code == 400
    assert problem in answer.get_json()["error"]
    assert client.get("/api/world").get_json()["now"] == START.isoformat()


def test_a_reset_may_start_the_world_at_another_time() -> None:
    world = World()
    client = create_app(world).test_client()
    answer = client.post("/api/reset", json={"start": NINE_IN_BRUSSELS})
    assert answer.get_json()["now"] == EIGHT_UTC.isoformat()
    client.post("/api/clock/advance", json={"seconds": 60})
    client.post("/api/reset")
    assert world.clock.now() == world.settings.start


def test_the_client_sets_the_clock_and_resets_with_a_start(world: World) -> None:
    client = WorldClient(world.url("control"))
    later = world.settings.start + timedelta(days=1)
    assert client.set_clock(later)["now"] == later.isoformat()
    assert client.reset(start=EIGHT_UTC)["now"] == EIGHT_UTC.isoformat()
    assert world.clock.now() == EIGHT_UTC


def test_the_pytest_option_sets_the_start_of_the_world(pytester: pytest.Pytester) -> None:
    pytester.makeconftest(
        """
        import pytest

        @pytest.fixture(scope="session")
        def card_slot():
            return 0
        """
    )
    pytester.makepyfile(
        f"""
        def test_settings(world_settings):
            assert world_settings.start.isoformat() == "{EIGHT_UTC.isoformat()}"
            assert world_settings.reproducible_secrets
        """
    )
    result = pytester.runpytest(
        *WORLD_PLUGIN, "--world-time", NINE_IN_BRUSSELS, "--reproducible-secrets"
    )
    result.assert_outcomes(passed=1)


def test_the_pytest_option_refuses_a_naive_time(pytester: pytest.Pytester) -> None:
    result = pytester.runpytest(*WORLD_PLUGIN, "--world-time", "2026-03-02T09:00")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["*--world-time: '2026-03-02T09:00' has no UTC offset*"])


def test_persopoint_world_starts_at_the_given_time() -> None:
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "mock_services.cli",
            "world",
            "--json",
            "--no-pcscd",
            "--world-time",
            NINE_IN_BRUSSELS,
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        urls = json.loads(process.stdout.readline())
        assert requests.get(urls["control"], timeout=5).json()["now"] == EIGHT_UTC.isoformat()
    finally:
        process.send_signal(signal.SIGINT)
        _, errors = process.communicate(timeout=10)
    assert process.returncode == 0, errors


def test_persopoint_world_refuses_a_naive_time(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["world", "--world-time", "2026-03-02T09:00"])
    assert exit_.value.code == 2
    assert "'2026-03-02T09:00' has no UTC offset" in capsys.readouterr().err
