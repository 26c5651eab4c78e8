"""How another service sends an SMS: through the gateway's HTTP API, like any SMS provider.

``send_sms`` returns the message as delivered, or raises ``SmsNotSentError`` saying why.
The caller keeps what it wanted to send (a code, say) and can simply call again: a message
that was refused was not delivered, and nothing is lost.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

import requests

from mock_services.systems.sms.credentials import api_key
from mock_services.systems.sms.gateway import MESSAGES_PATH
from mock_services.world import UnknownServiceError, World

SERVICE = "sms"
TIMEOUT_SECONDS = 10.0


class NotSentReason(StrEnum):
    UNREACHABLE = "unreachable"
    """The network does not answer (down, or not part of this world)."""
    UNAVAILABLE = "unavailable"
    """The network answers that it cannot take messages now (maintenance)."""
    REFUSED = "refused"
    """The gateway refused this message (bad number, bad credentials): a bug of the caller."""


class SmsNotSentError(RuntimeError):
    def __init__(self, reason: NotSentReason, detail: str) -> None:
        super().__init__(f"the SMS was not sent ({reason}): {detail}")
        self.reason = reason


@dataclass(frozen=True)
class SentSms:
    id: str
    sender: str
    recipient: str
    text: str
    date: str


def send_sms(world: World, client_id: str, sender: str, recipient: str, text: str) -> SentSms:
    """Hand one SMS to the network as ``client_id``; raises ``SmsNotSentError``."""
    try:
        url = world.url(SERVICE, MESSAGES_PATH)
    except UnknownServiceError as error:
        raise SmsNotSentError(NotSentReason.UNREACHABLE, str(error)) from None
    try:
        answer = requests.post(
            url,
            json={"from": sender, "to": recipient, "text": text},
            auth=(client_id, api_key(world, client_id)),
            timeout=TIMEOUT_SECONDS,
        )
    except requests.RequestException as error:
        raise SmsNotSentError(NotSentReason.UNREACHABLE, str(error)) from None
    if answer.status_code >= 500:
        raise SmsNotSentError(NotSentReason.UNAVAILABLE, _error_of(answer))
    if answer.status_code != 201:
        raise SmsNotSentError(NotSentReason.REFUSED, _error_of(answer))
    body = answer.json()
    return SentSms(body["id"], body["from"], body["to"], body["text"], body["date"])


def _error_of(answer: requests.Response) -> str:
    try:
        return f"{answer.status_code}: {answer.json()['error']}"
    except (ValueError, KeyError, TypeError):
        return f"{answer.status_code}: {answer.text[:200]}"
