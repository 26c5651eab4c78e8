"""itsme: identity provider of CSAM, its login pages, and the itsme app on the smartphone."""

from __future__ import annotations

from mock_services.itsme.app import create_app

__all__ = ["create_app"]
