"""The user's reader across scenarios (fixtures/eid_reader.py): a card left in it for the next
scenario starts that scenario fresh, or is taken out; the slot is free once it is out."""

from __future__ import annotations

from collections.abc import Iterator
from types import SimpleNamespace
from typing import Any

import pytest

from fixtures import eid_reader as eid_reader_plugin
from fixtures.eid_reader import UserReader, starts_with_the_card
from mock_services.smartcard.eid_card.cards import card_for
from mock_services.smartcard.pcsc_host.daemon import PcscdListener
from mock_services.smartcard.pcsc_host.slot import SlotError, VirtualReader
from mock_services.systems.eid_middleware.belpic_reader import connect
from mock_services.systems.eid_middleware.errors import WrongPinError
from mock_services.world.people import person

pytestmark = pytest.mark.pcsc


@pytest.fixture
def reader(pcscd: PcscdListener, card_slot: int) -> Iterator[UserReader]:
    user_reader = UserReader(card_slot, may_keep_a_card=True)
    user_reader.reserve()
    try:
        yield user_reader
    finally:
        user_reader.pull()
        user_reader.reader.release()


def spend_a_pin_try(reader: UserReader) -> int:
    """A wrong PIN on the card in the reader, through PC/SC: the tries it has left."""
    with connect(reader.reader.name) as card:
        with pytest.raises(WrongPinError) as wrong:
            card.verify_pin("0000")
        return wrong.value.tries_left


def test_the_same_persons_card_stays_in_and_starts_over(reader: UserReader) -> None:
    reader.insert(person("an"))
    assert spend_a_pin_try(reader) == 2
    reader.end_of_test()
    assert reader.left_over
    assert reader.reader.inserted
    left = reader.reader.card
    reader.ensure_in(person("an"))
    assert not reader.left_over
    assert reader.reader.card is not left
    assert spend_a_pin_try(reader) == 2, "the renewed card has all its PIN tries again"


def test_another_persons_card_replaces_the_left_one(reader: UserReader) -> None:
    reader.insert(person("an"))
    reader.end_of_test()
    reader.ensure_in(person("bram"))
    assert reader.holder == "bram"
    with connect(reader.reader.name) as card:
        assert card.pin_tries_left() == 3


def test_a_left_card_is_taken_out_and_the_slot_freed(reader: UserReader, card_slot: int) -> None:
    reader.insert(person("an"))
    reader.end_of_test()
    reader.take_out_left_card()
    assert not reader.reader.inserted
    assert not reader.reader.reserved
    other = VirtualReader(card_slot)
    other.reserve(0)
    other.release()
    reader.reserve()


def test_a_shared_slot_keeps_no_card(pcscd: PcscdListener, card_slot: int) -> None:
    shared = UserReader(card_slot, may_keep_a_card=False)
    shared.reserve()
    shared.insert(person("an"))
    shared.end_of_test()
    assert not shared.reader.inserted
    assert not shared.reader.reserved


def test_only_a_copy_of_the_same_card_can_renew_it(reader: UserReader) -> None:
    reader.insert(person("an"))

    class OtherCard:
        atr = b"\x3b\x00"

    with pytest.raises(SlotError, match="another ATR"):
        reader.reader.renew(OtherCard())  # type: ignore[arg-type]
    reader.pull()
    with pytest.raises(SlotError, match="no card"):
        reader.reader.renew(card_for("an"))


class LeftCardRecorder:
    def __init__(self) -> None:
        self.taken_out = 0

    def take_out_left_card(self) -> None:
        self.taken_out += 1


def _config_with(reader: LeftCardRecorder) -> Any:
    return SimpleNamespace(stash={eid_reader_plugin._READER: reader})


def test_a_step_that_does_not_start_with_the_card_takes_it_out() -> None:
    reader = LeftCardRecorder()
    request: Any = SimpleNamespace(config=_config_with(reader))

    @starts_with_the_card
    def names_the_person() -> None: ...

    def browses() -> None: ...

    eid_reader_plugin.pytest_bdd_before_step(request, names_the_person)
    assert reader.taken_out == 0
    eid_reader_plugin.pytest_bdd_before_step(request, browses)
    assert reader.taken_out == 1


def test_a_test_that_is_not_a_scenario_finds_the_reader_empty() -> None:
    reader = LeftCardRecorder()
    scenario: Any = SimpleNamespace(
        config=_config_with(reader), fixturenames=["_pytest_bdd_example"]
    )
    unit_test: Any = SimpleNamespace(config=_config_with(reader), fixturenames=["eid_reader"])
    eid_reader_plugin.pytest_runtest_setup(scenario)
    assert reader.taken_out == 0
    eid_reader_plugin.pytest_runtest_setup(unit_test)
    assert reader.taken_out == 1
