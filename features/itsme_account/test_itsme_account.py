"""Bind the features of this chapter to pytest (`pytest features/itsme_account` runs just them)."""

from __future__ import annotations

from pytest_bdd import scenarios

scenarios("itsme_account")
