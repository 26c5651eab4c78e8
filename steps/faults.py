"""Trouble in the world: services in maintenance or down."""

from __future__ import annotations

from pytest_bdd import given, parsers, when

from mock_services.hosting.registry import by_display_name
from mock_services.world import World
from mock_services.world.faults import Fault


@given(parsers.re(r"(?P<service>\w+) is in onderhoud"))
def service_in_maintenance(world: World, service: str) -> None:
    world.faults.set(by_display_name(service).name, Fault.MAINTENANCE)


@given(parsers.re(r"(?P<service>\w+) is onbereikbaar"))
def service_down(world: World, service: str) -> None:
    world.faults.set(by_display_name(service).name, Fault.DOWN)


@when(parsers.re(r"(?P<service>\w+) in onderhoud gaat"))
def service_goes_into_maintenance(world: World, service: str) -> None:
    world.faults.set(by_display_name(service).name, Fault.MAINTENANCE)


@when(parsers.re(r"(?P<service>\w+) weer beschikbaar is"))
def service_is_back(world: World, service: str) -> None:
    world.faults.set(by_display_name(service).name, None)
