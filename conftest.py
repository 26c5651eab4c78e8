"""Root conftest: every module of ``fixtures/`` and ``steps/`` is a pytest plugin, so every
test and feature shares them. A new module there is picked up without editing a list."""

from __future__ import annotations

from pathlib import Path

import pytest

PLUGIN_PACKAGES = ("fixtures", "steps")


def plugin_modules(root: Path, packages: tuple[str, ...] = PLUGIN_PACKAGES) -> list[str]:
    """The dotted names of the modules directly in ``packages`` (not their sub-packages, such
    as ``steps/pages``), in name order."""
    return [
        f"{package}.{module.stem}"
        for package in packages
        for module in sorted((root / package).glob("*.py"))
        if not module.stem.startswith("_")
    ]


# Plugins import each other (``fixtures.phone`` imports ``fixtures.time_travel``), so the
# packages are marked for assertion rewriting before any of them is imported, whatever the order.
pytest.register_assert_rewrite(*PLUGIN_PACKAGES)
pytest_plugins = plugin_modules(Path(__file__).parent)
