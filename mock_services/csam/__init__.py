"""CSAM, the federal authentication service (FAS): key choice and logins for the applications."""

from __future__ import annotations

from mock_services.csam.app import create_app

__all__ = ["create_app"]
