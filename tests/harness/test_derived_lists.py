"""The lists nobody keeps by hand: the harness's plugins and its markers."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from fixtures.markers import chapter_markers, derived_markers
from mock_services.hosting.registry import systems

ROOT = Path(__file__).parents[2]


def test_every_module_of_fixtures_and_steps_is_a_plugin(pytestconfig: pytest.Config) -> None:
    modules = [
        f"{package}.{path.stem}"
        for package in ("fixtures", "steps")
        for path in (ROOT / package).glob("*.py")
        if path.stem != "__init__"
    ]
    assert len(modules) > 10
    assert [name for name in modules if not pytestconfig.pluginmanager.has_plugin(name)] == []


def test_chapters_and_systems_are_registered_markers(pytestconfig: pytest.Config) -> None:
    registered = {line.split(":")[0] for line in pytestconfig.getini("markers")}
    chapters = {folder.parent.name for folder in (ROOT / "features").glob("*/*.feature")}
    assert chapters >= {"toegang", "inloggen_eid", "inloggen_itsme", "onderbreking"}
    assert registered >= chapters | {spec.name for spec in systems()} | {"storing", "pcsc"}


def test_pyproject_lists_only_the_generic_markers() -> None:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = {line.split(":")[0] for line in pyproject["tool"]["pytest"]["ini_options"]["markers"]}
    assert listed == {"storing", "pcsc"}


def test_a_chapter_is_a_folder_with_features(tmp_path: Path) -> None:
    (tmp_path / "features" / "nieuw").mkdir(parents=True)
    (tmp_path / "features" / "nieuw" / "a.feature").write_text("# language: nl\n")
    (tmp_path / "features" / "leeg").mkdir()
    assert chapter_markers(tmp_path / "features") == {
        "nieuw": "scenarios of the chapter in features/nieuw/"
    }
    assert "nieuw" in derived_markers(tmp_path)
    assert chapter_markers(tmp_path / "elders") == {}
