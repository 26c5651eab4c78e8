"""Bind the features of this chapter to pytest (`pytest features/ebox` runs just them)."""

from __future__ import annotations

from pytest_bdd import scenarios

scenarios("ebox")
