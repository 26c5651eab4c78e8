"""Letting time pass: the world's clock and the browsers' clocks move together."""

from __future__ import annotations

from playwright.sync_api import Page
from pytest_bdd import parsers, when

from fixtures.time_travel import TimeTravel


@when(
    parsers.re(r"er (?P<amount>\d+) (?P<unit>seconde|seconden|minuut|minuten) voorbijga(?:at|an)")
)
def time_passes(time_travel: TimeTravel, amount: str, unit: str) -> None:
    if unit.startswith("minu"):
        time_travel(minutes=int(amount))
    else:
        time_travel(seconds=int(amount))


@when(parsers.re(r"mijn computer (?P<minutes>\d+) minuten in slaapstand staat"))
def computer_sleeps(time_travel: TimeTravel, page: Page, minutes: str) -> None:
    time_travel.computer_sleeps(page, minutes=int(minutes))
