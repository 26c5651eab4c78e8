"""Activating an eBox: the code's life (single use, 10 minutes) and malformed addresses."""

from __future__ import annotations

from datetime import timedelta

import pytest

from mock_services.systems.ebox.activation import (
    CodeCheck,
    MalformedAddressError,
    activations,
)
from mock_services.world import World

NN = "85041722412"


def test_the_right_code_activates_the_ebox_with_notifications(world: World) -> None:
    pending = activations(world).request(world, NN, " Emma.Claes@Example.be ")
    assert pending.email == "emma.claes@example.be"
    assert len(pending.code) == 6
    assert pending.code.isdigit()
    assert activations(world).of(NN) is None
    assert activations(world).confirm(world, NN, pending.code) is CodeCheck.OK
    active = activations(world).of(NN)
    assert active is not None
    assert active.email == "emma.claes@example.be"
    assert active.notify
    assert activations(world).confirm(world, NN, pending.code) is CodeCheck.NONE


def test_a_wrong_code_keeps_the_right_one_valid(world: World) -> None:
    pending = activations(world).request(world, NN, "emma.claes@example.be")
    wrong = "000000" if pending.code != "000000" else "111111"
    assert activations(world).confirm(world, NN, wrong) is CodeCheck.WRONG
    assert activations(world).of(NN) is None
    assert activations(world).confirm(world, NN, pending.code) is CodeCheck.OK


def test_a_code_expires_after_ten_minutes(world: World) -> None:
    pending = activations(world).request(world, NN, "emma.claes@example.be")
    world.clock.advance(timedelta(minutes=10))
    assert activations(world).confirm(world, NN, pending.code) is CodeCheck.EXPIRED
    assert activations(world).of(NN) is None


@pytest.mark.parametrize("address", ["", "emma", "emma@", "emma claes@example.be", "@example.be"])
def test_a_malformed_address_is_refused(world: World, address: str) -> None:
    with pytest.raises(MalformedAddressError):
        activations(world).request(world, NN, address)
    assert activations(world).pending(NN) is None


def test_codes_are_the_same_in_every_run_of_the_same_seed(world: World) -> None:
    first = activations(world).request(world, NN, "emma.claes@example.be").code
    world.reset()
    assert activations(world).request(world, NN, "emma.claes@example.be").code == first
