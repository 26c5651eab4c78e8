"""``persopoint card``: listing the persons, errors, and a card inserted until SIGTERM."""

from __future__ import annotations

import signal
import subprocess
import sys

import pytest

from mock_services.cli import main
from mock_services.smartcard.pcsc_host import stack
from mock_services.systems.eid_middleware.belpic_reader import (
    connect,
    wait_for_card,
    wait_for_removal,
)
from mock_services.world.people import format_national_number, persons


def test_list_prints_id_name_national_number_and_pin(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["card", "--list"]) == 0
    output = capsys.readouterr().out
    for someone in persons().values():
        line = next(line for line in output.splitlines() if line.startswith(someone.id + " "))
        assert someone.full_name in line
        assert format_national_number(someone.national_number) in line
        assert someone.pin in line


def test_unknown_person_lists_the_known_ones(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["card", "zoe"]) == 2
    error = capsys.readouterr().err
    assert "no test person 'zoe'" in error
    assert "an, bram, chloe, dirk, emma" in error


def test_person_is_needed(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["card"]) == 2
    assert "--list" in capsys.readouterr().err


def test_bad_slot_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["card", "an", "--slot", "7"])
    assert "invalid choice" in capsys.readouterr().err


@pytest.mark.pcsc
def test_card_stays_in_until_sigterm(pcscd: object, card_slot: int) -> None:
    reader = stack.reader_name(card_slot)
    process = subprocess.Popen(
        [
            *(sys.executable, "-m", "mock_services.cli", "card", "chloe"),
            *("--slot", str(card_slot), "--wait-for-slot", "300"),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        first_line = process.stdout.readline()
        assert f"Chloé Dubois (90.07.23-086.96, PIN 4321) is in '{reader}'" in first_line
        assert f"{stack.SOCKET_VARIABLE}={stack.PCSCD_SOCKET}" in process.stdout.readline()
        with connect(wait_for_card(reader, timeout=10)) as card:
            assert card.read_identity().surname == "Dubois"
        process.send_signal(signal.SIGTERM)
        out, err = process.communicate(timeout=20)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode == 0, err
    assert "Card pulled out." in out
    assert wait_for_removal(reader, timeout=5)
