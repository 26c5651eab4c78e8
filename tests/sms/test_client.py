"""Sending through the running network, as itsme does; nothing is lost when it cannot."""

from __future__ import annotations

import pytest

from mock_services.systems.sms.client import NotSentReason, SmsNotSentError, send_sms
from mock_services.systems.sms.network import sms_network
from mock_services.world import World
from mock_services.world.faults import Fault

AN = "+32470123456"


def test_a_sent_message_reaches_the_network(world: World) -> None:
    sent = send_sms(world, "itsme", "8836", AN, "Je controlecode is 12345.")
    assert (sent.sender, sent.recipient) == ("8836", AN)
    assert [m.id for m in sms_network(world).messages(AN)] == [sent.id]


def test_a_network_that_is_down_says_so_and_the_message_can_be_sent_again(
    world: World,
) -> None:
    world.faults.set("sms", Fault.DOWN)
    with pytest.raises(SmsNotSentError) as refused:
        send_sms(world, "itsme", "8836", AN, "code 1")
    assert refused.value.reason is NotSentReason.UNREACHABLE
    assert sms_network(world).count() == 0
    world.faults.set("sms", None)
    send_sms(world, "itsme", "8836", AN, "code 1")
    assert [m.text for m in sms_network(world).messages(AN)] == ["code 1"]


def test_maintenance_is_unavailable(world: World) -> None:
    world.faults.set("sms", Fault.MAINTENANCE)
    with pytest.raises(SmsNotSentError, match="in maintenance") as refused:
        send_sms(world, "itsme", "8836", AN, "code")
    assert refused.value.reason is NotSentReason.UNAVAILABLE


def test_a_bad_number_is_refused_by_the_gateway(world: World) -> None:
    with pytest.raises(SmsNotSentError, match=r"E\.164") as refused:
        send_sms(world, "itsme", "8836", "0470123456", "code")
    assert refused.value.reason is NotSentReason.REFUSED


def test_a_world_without_the_network_cannot_send() -> None:
    with pytest.raises(SmsNotSentError, match="no service named 'sms'") as refused:
        send_sms(World(), "itsme", "8836", AN, "code")
    assert refused.value.reason is NotSentReason.UNREACHABLE
