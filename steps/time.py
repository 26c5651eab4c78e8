"""Letting time pass: the world's clock and the browsers' clocks move together."""

from __future__ import annotations

from pytest_bdd import parsers, when

from fixtures.time_travel import TimeTravel


@when(parsers.re(r"er (?P<amount>\d+) (?P<unit>seconden|minuten) voorbijgaan"))
def time_passes(time_travel: TimeTravel, amount: str, unit: str) -> None:
    if unit == "minuten":
        time_travel(minutes=int(amount))
    else:
        time_travel(seconds=int(amount))
