"""Bind every feature under features/ to pytest; step definitions come from steps/."""

from __future__ import annotations

from pytest_bdd import scenarios

scenarios(".")
