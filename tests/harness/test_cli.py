"""`persopoint world` as a user runs it: a real process, stopped with Ctrl-C."""

from __future__ import annotations

import json
import re
import signal
import smtplib
import subprocess
import sys

import pytest
import requests

from mock_services.cli import main


def test_world_prints_json_once_every_service_answers_and_stops_on_ctrl_c() -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "mock_services.cli", "world", "--json", "--seed", "7", "--no-pcscd"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        urls = json.loads(process.stdout.readline())
        assert {"control", "bosa", "persoselfservice", "persocontact", "csam", "sms"} <= set(urls)
        assert re.fullmatch(r"smtp://127\.0\.0\.\d+:\d+", urls["mail_smtp"])
        for url in (url for url in urls.values() if url.startswith("http://")):
            origin = "/".join(url.split("/")[:3])
            assert requests.get(origin + "/_health", timeout=5).ok, url
        assert requests.get(urls["control"], timeout=5).json()["seed"] == 7
        host, port = urls["mail_smtp"].removeprefix("smtp://").split(":")
        with smtplib.SMTP(host, int(port), local_hostname="cli.test", timeout=5) as client:
            client.sendmail("me@example.be", ["an@example.be"], b"Subject: Hallo\r\n\r\nHoi\r\n")
        control = urls["control"].removesuffix("/api/world")
        mail = requests.get(f"{control}/api/mail/messages?to=an@example.be", timeout=5).json()
        assert [message["subject"] for message in mail] == ["Hallo"]
    finally:
        process.send_signal(signal.SIGINT)
        _, errors = process.communicate(timeout=10)
    assert process.returncode == 0, errors


def test_a_command_is_required(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main([])
    assert exit_.value.code == 2
    assert "the following arguments are required: COMMAND" in capsys.readouterr().err
