"""CSAM explains every failure the eID software may report, in the words of the catalogue."""

from __future__ import annotations

import pytest

from mock_services.systems.eid_middleware.contract import Outcome
from mock_services.world.i18n import catalogue


@pytest.mark.parametrize("outcome", list(Outcome), ids=str)
def test_every_outcome_has_a_title_and_an_explanation(outcome: Outcome) -> None:
    keys = catalogue().keys("nl")
    assert {f"csam.eid_failed.{outcome}.title", f"csam.eid_failed.{outcome}.body"} <= keys
