"""The FPS BOSA website's application pages that lead to PersoSelfService and PersoContact."""

from __future__ import annotations

from mock_services.bosa.app import create_app

__all__ = ["create_app"]
