"""Trouble in the world: services in maintenance or down."""

from __future__ import annotations

from collections.abc import Callable

from pytest_bdd import given, parsers, when

from mock_services.hosting.registry import by_display_name
from mock_services.hosting.spec import SystemSpec
from mock_services.world import World
from mock_services.world.faults import Fault

BY_NAME: dict[str, Callable[[str], object]] = {"service": by_display_name}
"""The features name a system as its users do ("CSAM"); an unknown name lists the known ones."""


@given(parsers.re(r"(?P<service>\w+) is in onderhoud"), converters=BY_NAME)
def service_in_maintenance(world: World, service: SystemSpec) -> None:
    world.faults.set(service.name, Fault.MAINTENANCE)


@given(parsers.re(r"(?P<service>\w+) is onbereikbaar"), converters=BY_NAME)
def service_down(world: World, service: SystemSpec) -> None:
    world.faults.set(service.name, Fault.DOWN)


@when(parsers.re(r"(?P<service>\w+) in onderhoud gaat"), converters=BY_NAME)
def service_goes_into_maintenance(world: World, service: SystemSpec) -> None:
    world.faults.set(service.name, Fault.MAINTENANCE)


@when(parsers.re(r"(?P<service>\w+) weer beschikbaar is"), converters=BY_NAME)
def service_is_back(world: World, service: SystemSpec) -> None:
    world.faults.set(service.name, None)
