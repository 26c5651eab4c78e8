"""What a received message says, read with the standard library's ``email`` package."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import parsedate_to_datetime
from html.parser import HTMLParser

_TEXT_URL = re.compile(r"https?://[^\s<>\"')\]]+", re.IGNORECASE)
_TRAILING_PUNCTUATION = ".,;:!?"


@dataclass(frozen=True)
class ParsedMessage:
    sender: str
    to: str
    subject: str
    date: datetime | None
    """The ``Date`` header, or None if it is missing or unreadable."""
    message_id: str
    text: str
    html: str
    links: tuple[str, ...]


class _LinkCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag != "a":
            return
        href = dict(attrs).get("href") or ""
        if _is_web_link(href.strip()):
            self.links.append(href.strip())


def _is_web_link(url: str) -> bool:
    return url.lower().startswith(("http://", "https://"))


def html_links(html: str) -> list[str]:
    """The http(s) targets of the ``<a href>`` elements of ``html``, in document order."""
    collector = _LinkCollector()
    collector.feed(html)
    collector.close()
    return collector.links


def text_links(text: str) -> list[str]:
    """The http(s) URLs written out in plain ``text``, without a sentence's final stop."""
    return [match.rstrip(_TRAILING_PUNCTUATION) for match in _TEXT_URL.findall(text)]


def _part(message: EmailMessage, subtype: str) -> str:
    body = message.get_body(preferencelist=(subtype,))
    if body is None or body.get_content_subtype() != subtype:
        return ""
    content = body.get_content()
    # Over SMTP every line ends in CRLF; the store keeps text as Python writes it.
    return content.replace("\r\n", "\n") if isinstance(content, str) else ""


def _date(message: EmailMessage) -> datetime | None:
    value = message.get("Date")
    if value is None:
        return None
    try:
        parsed = parsedate_to_datetime(str(value))
    except (TypeError, ValueError):
        return None
    return parsed if parsed.tzinfo is not None else None


def parse(raw: bytes) -> ParsedMessage:
    """The headers, the text and HTML parts and the links of the message ``raw``."""
    message = BytesParser(policy=policy.default).parsebytes(raw)
    assert isinstance(message, EmailMessage)  # policy.default makes EmailMessage objects
    text, html = _part(message, "plain"), _part(message, "html")
    links = dict.fromkeys([*html_links(html), *text_links(text)])
    return ParsedMessage(
        sender=str(message.get("From", "")),
        to=str(message.get("To", "")),
        subject=str(message.get("Subject", "")),
        date=_date(message),
        message_id=str(message.get("Message-ID", "")),
        text=text,
        html=html,
        links=tuple(links),
    )
