"""Reading a received message: parts, date and links."""

from __future__ import annotations

from datetime import UTC, datetime

from mock_services.systems.mail.html_view import safe_html
from mock_services.systems.mail.parsing import html_links, parse, text_links


def test_links_come_from_the_html_anchors_and_the_text_once_each() -> None:
    raw = (
        b"From: a@example.be\r\nTo: b@example.be\r\nSubject: Links\r\nMIME-Version: 1.0\r\n"
        b'Content-Type: multipart/alternative; boundary="b"\r\n\r\n'
        b"--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        b"Activeer: https://office.example/activate?t=1.\r\nOf (http://other.example/x).\r\n"
        b"--b\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
        b'<p><a href="https://office.example/activate?t=1">Activeer</a>'
        b' <a href="mailto:help@example.be">help</a> <a href="javascript:alert(1)">x</a></p>\r\n'
        b"--b--\r\n"
    )
    parsed = parse(raw)
    assert parsed.links == ("https://office.example/activate?t=1", "http://other.example/x")
    assert parsed.text.startswith("Activeer: https://office.example/activate?t=1.\n")
    assert "\r" not in parsed.html
    assert parsed.date is None


def test_a_plain_message_without_headers_still_parses() -> None:
    parsed = parse(b"\r\nJust text https://example.be\r\n")
    assert (parsed.sender, parsed.to, parsed.subject, parsed.html) == ("", "", "", "")
    assert parsed.links == ("https://example.be",)


def test_the_date_header_is_read_and_a_bad_one_ignored() -> None:
    good = parse(b"Date: Mon, 02 Mar 2026 09:30:00 +0100\r\n\r\nx\r\n")
    assert good.date == datetime(2026, 3, 2, 8, 30, tzinfo=UTC)
    assert parse(b"Date: yesterday\r\n\r\nx\r\n").date is None


def test_link_helpers() -> None:
    assert html_links('<a href=" https://a.example/ ">a</a><a>no href</a>') == [
        "https://a.example/"
    ]
    assert text_links("Zie https://a.example/p?q=1, of https://b.example.") == [
        "https://a.example/p?q=1",
        "https://b.example",
    ]


def test_shown_html_loses_scripts_handlers_and_script_links() -> None:
    shown = safe_html(
        '<p onclick="steal()">Hallo<script>alert(1)</script><style>p{}</style>'
        '<a href="javascript:alert(1)">x</a> <a href="https://ok.example/">ok</a>'
        '<img src="https://tracker.example/p.gif"></p>'
    )
    assert "script" not in shown
    assert "onclick" not in shown
    assert "javascript:" not in shown
    assert "<style>" not in shown
    assert "tracker" not in shown
    assert '<a href="https://ok.example/" rel="noopener noreferrer">ok</a>' in shown
