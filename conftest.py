"""Root conftest: loads the harness's pytest plugins."""

from __future__ import annotations

pytest_plugins = ["fixtures.card"]
