from __future__ import annotations

from datetime import timedelta

import pytest

from mock_services.world import UnknownServiceError, World, WorldSettings
from mock_services.world.faults import Fault


def test_random_streams_are_reproducible_per_seed_and_purpose() -> None:
    first, second = World(WorldSettings(seed=7)), World(WorldSettings(seed=7))
    assert first.random("itsme.code").random() == second.random("itsme.code").random()
    assert World(WorldSettings(seed=8)).random("itsme.code").random() != (
        World(WorldSettings(seed=7)).random("itsme.code").random()
    )


def test_streams_do_not_disturb_each_other() -> None:
    undisturbed = World(WorldSettings(seed=7)).random("b").random()
    world = World(WorldSettings(seed=7))
    for _ in range(5):
        world.random("a").random()
    assert world.random("b").random() == undisturbed


def test_reset_restores_clock_state_faults_and_randomness() -> None:
    world = World()
    expected = world.random("codes").random()
    world.clock.advance(timedelta(minutes=5))
    world.faults.set("csam", Fault.MAINTENANCE)
    sessions: dict[str, int] = world.state("csam.sessions", dict)
    sessions["x"] = 1
    world.reset()
    assert world.clock.now() == world.settings.start
    assert world.faults.active() == {}
    assert world.state("csam.sessions", dict) == {}
    assert world.random("codes").random() == expected


def test_reset_with_another_seed_changes_randomness() -> None:
    world = World(WorldSettings(seed=1))
    default = world.random("codes").random()
    world.reset(seed=2)
    assert world.seed == 2
    assert world.random("codes").random() != default


def test_url_of_unknown_service_names_the_known_ones() -> None:
    world = World()
    world.urls["csam"] = "http://127.0.0.6:1234"
    assert world.url("csam", "/fas/login") == "http://127.0.0.6:1234/fas/login"
    with pytest.raises(UnknownServiceError, match="known services: csam"):
        world.url("itsme")


def test_fault_listeners_hear_changes_only() -> None:
    world = World()
    heard: list[tuple[str, Fault | None]] = []
    world.faults.subscribe(lambda service, fault: heard.append((service, fault)))
    world.faults.set("csam", Fault.DOWN)
    world.faults.set("csam", Fault.DOWN)
    world.faults.set("csam", None)
    assert heard == [("csam", Fault.DOWN), ("csam", None)]
